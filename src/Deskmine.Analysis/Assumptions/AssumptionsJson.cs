using System.Text.Json;
using Deskmine.Core.Errors;

namespace Deskmine.Analysis.Assumptions;

/// <summary>
/// Reads the assumptions file (JSON, comments allowed): every key is optional and overrides the default; see
/// <c>docs/analysis.md</c>, section "Assumptions file". Errors name the line and the key.
/// </summary>
public static partial class AssumptionsJson
{
    /// <summary>Parses <paramref name="text"/> into the effective assumptions (defaults where a key is absent).</summary>
    /// <param name="text">The file's text (the caller reads the file).</param>
    /// <param name="source">Name of the file, for messages.</param>
    /// <exception cref="InputException">Malformed JSON, an unknown key, a wrong type or a value out of range;
    /// <see cref="InputException.Line"/> is the line and <see cref="InputException.Column"/> the key.</exception>
    public static AnalysisAssumptions Parse(string text, string source = "assumptions.json")
    {
        ArgumentNullException.ThrowIfNull(text);
        var root = JsonTree.Parse(text, source);
        var reader = new Reader(source);
        reader.Expect(root, JsonTokenType.StartObject, "(root)");
        var a = AnalysisAssumptions.Default;
        foreach (var (key, line, value) in root.Properties)
        {
            reader.Seen(key, line);
            a = key switch
            {
                "working_days_per_year" => a with { WorkingDaysPerYear = reader.Number(value, key) },
                "working_days_per_week" => a with { WorkingDaysPerWeek = reader.Number(value, key) },
                "hours_per_fte" => a with { HoursPerFte = reader.Number(value, key) },
                "hourly_rate" => a with { HourlyRate = reader.Number(value, key) },
                "currency" => a with { Currency = reader.String(value, key) },
                "technologies" => a with { Technologies = reader.Technologies(value, a.Technologies) },
                "scoring" => a with { Scoring = reader.Scoring(value, a.Scoring) },
                "advice" => a with { Advice = reader.Rules(value) },
                _ => throw reader.Unknown(key, line, Keys),
            };
        }
        try
        {
            a.Validate();
        }
        catch (InputException e) when (e.Column is { } setting && reader.LineOf(setting) is { } where)
        {
            throw new InputException(source, where.Line, where.Key, e.Problem, e);
        }
        return a;
    }

    private static readonly string[] Keys =
        ["working_days_per_year", "working_days_per_week", "hours_per_fte", "hourly_rate", "currency", "technologies", "scoring", "advice"];

    private static readonly string[] TechnologyKeys = ["automatable_share", "implementation_cost", "yearly_upkeep"];

    private static readonly string[] ScoringKeys =
    [
        "weights", "frequency_half", "hours_half", "people_half", "transfer_share_half", "rare_variant_share",
        "stable_element_share", "min_routine_length", "max_routine_length", "min_routine_instances", "max_routines", "max_routine_overlap",
        "unstructured_inputs",
    ];
}
