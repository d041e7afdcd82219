using System.Text;
using Deskmine.Analysis.Compliance.Declare;
using Deskmine.Core.Errors;
using Deskmine.Mining.Recognition;
using Deskmine.Privacy;
using Deskmine.Privacy.Policies;

namespace Deskmine.Fuzz.Targets;

/// <summary>
/// The files people write by hand: the capture policy, compliance rules and task-type labelling rules. Allowed ends:
/// the parsed value or an <see cref="InputException"/> naming the file. A policy that parses must give a filter that
/// either starts (and filters an event without failing) or refuses with the documented <see cref="ArgumentException"/>.
/// </summary>
internal static class ConfigTargets
{
    private const string Source = "fuzz-input.json";

    public static IEnumerable<FuzzTarget> All() =>
    [
        new("policy", "capture policy JSON; finding: any exception but InputException/the documented key refusal, or a filter error",
            data => Expect(() => Policy(Text(data)))),
        new("compliance-rules", "compliance rules JSON; finding: any exception but InputException naming the file",
            data => Expect(() => ComplianceRules.Parse(Text(data), Source))),
        new("labelling-rules", "task-type rules JSON; finding: any exception but InputException naming the file",
            data => Expect(() => TaskTypeRuleJson.Parse(Text(data), Source))),
    ];

    // The loaders read files as UTF-8 text, as File.ReadAllText does.
    private static string Text(byte[] data) => Encoding.UTF8.GetString(data);

    private static void Policy(string json)
    {
        var policy = CapturePolicyLoader.Parse(json, Source);
        PrivacyFilter filter;
        try
        {
            filter = new PrivacyFilter(policy);
        }
        catch (ArgumentException)
        {
            return; // No organisation key, or a bad one: the filter refuses to start, as documented.
        }
        var result = filter.Apply(new Core.Events.UiEvent
        {
            Id = Guid.Empty, Session = "s", Seq = 1, Ts = 1_709_546_400_000_000, Source = "x11", Kind = "click", App = "excel",
            Window = "Invoice 4711 - SAP", Url = "https://erp.example.com/x?token=abc", Value = "jane@example.com", User = "alice",
        });
        if (result.Reason == DropReason.FilterError)
            throw new InvariantBrokenException($"the filter of a parsed policy failed: {result.Detail}");
    }

    private static void Expect(Action parse)
    {
        try
        {
            parse();
        }
        catch (InputException e) when (e.Message.Contains(Source, StringComparison.Ordinal))
        {
            // The documented refusal.
        }
        catch (InputException e)
        {
            throw new InvariantBrokenException($"the error does not name the file: {e.Message}");
        }
    }
}
