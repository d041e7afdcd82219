using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Deskmine.Core.Events;
using Deskmine.Privacy;
using Deskmine.Privacy.Policies;

namespace Deskmine.Fuzz.Targets;

/// <summary>
/// The privacy filter over text of the fuzzer's bytes (read as UTF-8, bad bytes replaced) in every text field of an
/// event. Finding: the filter fails on the event (it drops it with <see cref="DropReason.FilterError"/>: a detector
/// threw or timed out), or filtering its output again changes it (the filter must be idempotent: the server filters
/// what the agent already filtered).
/// </summary>
internal static class PrivacyTarget
{
    private static readonly JsonSerializerOptions Raw = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly PrivacyFilter Filter = new(CapturePolicy.Default with
    {
        OrgKey = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f",
        ClipboardText = [new TextOptIn()],
    });

    public static FuzzTarget Target() =>
        new("privacy", "privacy filter over text in every field; finding: a filter error or a second pass that changes the event",
            data => Run(data));

    private static void Run(byte[] data)
    {
        var text = Encoding.UTF8.GetString(data);
        var e = new UiEvent
        {
            Id = Guid.Parse("0190f5a2-7b3c-7def-8a1b-9c8d7e6f5a4b"),
            Session = text,
            Seq = 1,
            Ts = 1_709_546_400_000_000,
            User = "alice",
            Machine = "pc-1",
            Source = "x11",
            Kind = EventKinds.Copy,
            App = text,
            Window = text,
            Url = "https://app.example.com/" + text,
            TargetName = text,
            TargetId = text,
            Value = text,
            CaseId = text,
            Team = text,
            Attrs = new Dictionary<string, string> { ["cell"] = text, [text.Length > 0 ? text : "k"] = "v" },
        };
        FilterTwice(Filter, e);
    }

    /// <summary>Filters <paramref name="e"/> and its result; throws when the filter fails or is not idempotent.</summary>
    public static void FilterTwice(PrivacyFilter filter, UiEvent e)
    {
        var once = filter.Apply(e);
        if (once.Reason == DropReason.FilterError)
            throw new InvariantBrokenException($"the privacy filter failed: {once.Detail}");
        if (once.Event is not { } kept)
            return;
        var twice = filter.Apply(kept);
        if (twice.Event is not { } again)
            throw new InvariantBrokenException($"the second pass dropped the filtered event: {twice.Reason} {twice.Detail}");
        var a = JsonSerializer.Serialize(kept, Raw);
        var b = JsonSerializer.Serialize(again, Raw);
        if (!string.Equals(a, b, StringComparison.Ordinal))
            throw new InvariantBrokenException($"not idempotent:\n  once:  {a}\n  twice: {b}");
    }
}
