using Deskmine.Analysis.Advice;
using Deskmine.Analysis.Candidates;
using Deskmine.Analysis.Savings;
using Deskmine.Core.Errors;
using Tech = Deskmine.Analysis.Advice.Technologies;

namespace Deskmine.Analysis.Assumptions;

/// <summary>
/// Everything the analysis assumes rather than measures: the working year, the money, what each technology saves
/// and costs, how candidates are scored and which advice rules apply. Read from JSON by
/// <see cref="AssumptionsJson.Parse"/>; every output echoes the effective values. Defaults in <c>docs/analysis.md</c>.
/// </summary>
public sealed record AnalysisAssumptions
{
    /// <summary>The default assumptions.</summary>
    public static AnalysisAssumptions Default { get; } = new();

    /// <summary>Working days in a year, to extrapolate the observed days. Default 220.</summary>
    public double WorkingDaysPerYear { get; init; } = 220;

    /// <summary>Working days in a week, for instances per person per week. Default 5.</summary>
    public double WorkingDaysPerWeek { get; init; } = 5;

    /// <summary>Productive hours of one full-time equivalent in a year. Default 1,600.</summary>
    public double HoursPerFte { get; init; } = 1600;

    /// <summary>Fully loaded cost of one hour of work. Default 45.</summary>
    public double HourlyRate { get; init; } = 45;

    /// <summary>Currency of every amount (a label only). Default EUR.</summary>
    public string Currency { get; init; } = "EUR";

    /// <summary>What each technology (<see cref="Advice.Technologies"/>) saves and costs.</summary>
    public IReadOnlyDictionary<string, TechnologyCost> Technologies { get; init; } = new Dictionary<string, TechnologyCost>(StringComparer.Ordinal)
    {
        [Tech.Rpa] = new(0.70, 25_000, 6_000),
        [Tech.Integration] = new(0.80, 40_000, 5_000),
        [Tech.DocumentAi] = new(0.60, 35_000, 8_000),
        [Tech.Workflow] = new(0.40, 30_000, 5_000),
        [Tech.Eliminate] = new(0.50, 5_000, 0),
        [Tech.StandardiseFirst] = new(0.15, 10_000, 0),
    };

    /// <summary>How candidates are found and scored.</summary>
    public CandidateOptions Scoring { get; init; } = CandidateOptions.Default;

    /// <summary>Advice rules in order (first match wins).</summary>
    public IReadOnlyList<AdviceRule> Advice { get; init; } = TechnologyAdvisor.DefaultRules;

    /// <summary>Checks every setting.</summary>
    /// <exception cref="InputException">A setting is out of range.</exception>
    public void Validate()
    {
        Require(WorkingDaysPerYear is > 0 and <= 366, nameof(WorkingDaysPerYear), $"expected more than 0 and at most 366, got {WorkingDaysPerYear}");
        Require(WorkingDaysPerWeek is > 0 and <= 7, nameof(WorkingDaysPerWeek), $"expected more than 0 and at most 7, got {WorkingDaysPerWeek}");
        Require(HoursPerFte is > 0 and <= 8784, nameof(HoursPerFte), $"expected more than 0 and at most 8784, got {HoursPerFte}");
        Require(HourlyRate >= 0 && double.IsFinite(HourlyRate), nameof(HourlyRate), $"expected 0 or more, got {HourlyRate}");
        foreach (var (name, cost) in Technologies)
        {
            Require(KnownTechnologies.Contains(name), nameof(Technologies), $"unknown technology '{name}'; expected one of: {string.Join(", ", KnownTechnologies)}");
            Require(cost.AutomatableShare is >= 0 and <= 1, nameof(Technologies), $"expected an automatable share of 0–1 for '{name}', got {cost.AutomatableShare}");
            Require(cost.ImplementationCost >= 0 && double.IsFinite(cost.ImplementationCost), nameof(Technologies), $"expected an implementation cost of 0 or more for '{name}'");
            Require(cost.YearlyUpkeep >= 0 && double.IsFinite(cost.YearlyUpkeep), nameof(Technologies), $"expected a yearly upkeep of 0 or more for '{name}'");
        }
        foreach (var tech in KnownTechnologies)
            Require(Technologies.ContainsKey(tech), nameof(Technologies), $"missing costs for technology '{tech}'");
        Scoring.Validate();
        foreach (var rule in Advice)
        {
            Require(KnownTechnologies.Contains(rule.Technology), nameof(Advice), $"unknown technology '{rule.Technology}'");
            foreach (var c in rule.When)
                Require(Features.All.Contains(c.Feature), nameof(Advice), $"unknown feature '{c.Feature}'");
        }
    }

    private static IReadOnlyList<string> KnownTechnologies => Tech.All;

    private static void Require(bool condition, string setting, string problem)
    {
        if (!condition)
            throw new InputException(nameof(AnalysisAssumptions), null, setting, problem);
    }
}
