using System.Globalization;
using System.Net;

namespace Deskmine.Reporting;

/// <summary>Small helpers for writing escaped HTML text.</summary>
internal static class Html
{
    /// <summary>Escapes text for element content and quoted attribute values (&lt; &gt; &amp; &quot; &#39;).</summary>
    public static string Escape(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    /// <summary>Whole number with thousands separators, independent of the machine's culture.</summary>
    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>Share as a percentage with one decimal, or the unknown mark when the whole is zero.</summary>
    public static string Percent(double part, double whole) =>
        whole > 0 ? (part / whole).ToString("P1", CultureInfo.InvariantCulture).Replace(" ", string.Empty, StringComparison.Ordinal) : DurationText.Unknown;
}
