using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using Deskmine.Core;
using Deskmine.Core.Events;
using Deskmine.Privacy.Policies;

namespace Deskmine.Privacy.Tests;

/// <summary>Test data for the privacy tests.</summary>
internal static partial class Some
{
    public const string OrgKey = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";

    /// <summary>Monday 4 March 2024, 10:00 UTC.</summary>
    public static readonly long MondayMorning = Timestamps.ToMicros(new DateTimeOffset(2024, 3, 4, 10, 0, 0, TimeSpan.Zero));

    private static readonly JsonSerializerOptions Raw = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static CapturePolicy Policy() => CapturePolicy.Default with { OrgKey = OrgKey };

    public static PrivacyFilter Filter(CapturePolicy? policy = null) => new(policy ?? Policy());

    public static UiEvent Event(string kind = EventKinds.Click, string app = "excel") => new()
    {
        Id = Guid.Parse("0190f5a2-7b3c-7def-8a1b-9c8d7e6f5a4b"),
        Session = "s1",
        Seq = 1,
        Ts = MondayMorning,
        User = "alice",
        Machine = "PC-ALICE",
        Source = "x11",
        Kind = kind,
        App = app,
        Window = "Book1 - Excel",
    };

    /// <summary>Filters <paramref name="e"/> and returns the kept event, failing the test when it was dropped.</summary>
    public static UiEvent Kept(PrivacyFilter filter, UiEvent e)
    {
        var result = filter.Apply(e);
        Assert.True(result.IsKept, $"dropped: {result.Reason} {result.Detail}");
        return result.Event!;
    }

    /// <summary>The whole event as JSON text without escaping, so a scan sees every character as stored.</summary>
    public static string Json(UiEvent e) => JsonSerializer.Serialize(e, Raw);

    /// <summary>Asserts that neither the secret nor (for numbers) its digits-only form is anywhere in the event.</summary>
    public static void AssertNoLeak(UiEvent e, string secret)
    {
        var json = Json(e);
        Assert.DoesNotContain(secret, json, StringComparison.OrdinalIgnoreCase);
        var digits = new string(secret.Where(char.IsAsciiDigit).ToArray());
        if (digits.Length >= 6)
            Assert.DoesNotContain(digits, Separators().Replace(json, ""), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"[\s\-./()+]")]
    private static partial Regex Separators();
}
