using System.Text;
using Deskmine.Analysis.Compliance;

namespace Deskmine.Reporting.Compliance;

/// <summary>
/// The compliance audit as one self-contained HTML page (no script, no network): rules with checked and violated
/// cases, violation rates per team, warnings about the rules, model fitness, and every deviation with its evidence.
/// </summary>
public static class AuditReport
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes the page as UTF-8 to <paramref name="output"/>, which stays open.</summary>
    public static void Write(ComplianceResult result, Stream output, AuditReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        options ??= AuditReportOptions.Default;
        options.Validate();
        using var w = new StreamWriter(output, Utf8NoBom, bufferSize: 64 * 1024, leaveOpen: true);
        w.NewLine = "\n";
        AuditPage.Write(w, result, options);
    }

    /// <summary>The page as a string.</summary>
    public static string Render(ComplianceResult result, AuditReportOptions? options = null)
    {
        using var buffer = new MemoryStream();
        Write(result, buffer, options);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
