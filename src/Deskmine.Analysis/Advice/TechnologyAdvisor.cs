using System.Globalization;
using System.Text.RegularExpressions;
using Deskmine.Analysis.Candidates;

namespace Deskmine.Analysis.Advice;

/// <summary>Chooses a technology for a candidate by ordered rules over its measured features (first match wins).</summary>
public static partial class TechnologyAdvisor
{
    /// <summary>
    /// The default rules, most specific first: variance across people must be settled before anything else;
    /// re-typing is removed rather than automated; then moving data, reading documents, hand-offs, and UI robots
    /// for what is left when it is deterministic. The last rule matches anything.
    /// </summary>
    public static IReadOnlyList<AdviceRule> DefaultRules { get; } =
    [
        new(Technologies.StandardiseFirst, [new(Features.PersonVariance, true, 0.5), new(Features.VariantEntropy, true, 0.6)],
            "people work differently: {person_variance} of them mostly follow another variant than the usual one, variant entropy {variant_entropy}"),
        new(Technologies.Eliminate, [new(Features.Retyping, true, 0.3)],
            "{retyping} of the typed values were already on screen in the same task: stop re-typing what the system has"),
        new(Technologies.Integration, [new(Features.DataTransfer, true, 0.5), new(Features.UnstructuredInput, false, 0.2)],
            "values move between applications (transfer score {data_transfer}) from structured sources: an API or export can carry them"),
        new(Technologies.DocumentAi, [new(Features.UnstructuredInput, true, 0.1)],
            "{unstructured_input} of the events read unstructured input (PDFs, mail bodies, scans)"),
        new(Technologies.Workflow, [new(Features.Handoff, true, 0.3)],
            "{handoff} of the instances hand their business object to another person"),
        new(Technologies.Rpa, [new(Features.Determinism, true, 0.6), new(Features.UiStability, true, 0.4)],
            "the next step is predictable ({determinism}) on stable screens ({ui_stability})"),
        new(Technologies.StandardiseFirst, [],
            "no technology fits yet: the next step is predictable only {determinism} of the time, screens recur {ui_stability}"),
    ];

    /// <summary>The first rule of <paramref name="rules"/> whose conditions all hold, with its reason filled in.</summary>
    /// <returns>The technology and reason, or <c>(null, "")</c> when no rule matches.</returns>
    public static (string? Technology, string Reason) Advise(IReadOnlyList<AdviceRule> rules, Func<string, double> feature)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(feature);
        foreach (var rule in rules)
        {
            if (rule.When.All(c => c.Holds(feature(c.Feature))))
                return (rule.Technology, Placeholder().Replace(rule.Reason, m => Fill(m, feature)));
        }
        return (null, "");
    }

    private static string Fill(Match m, Func<string, double> feature)
    {
        var name = m.Groups[1].Value;
        return Features.All.Contains(name) ? feature(name).ToString("P0", CultureInfo.InvariantCulture).Replace(" ", "", StringComparison.Ordinal) : m.Value;
    }

    [GeneratedRegex(@"\{([a-z_]+)\}")]
    private static partial Regex Placeholder();
}
