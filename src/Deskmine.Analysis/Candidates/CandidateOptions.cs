using Deskmine.Core.Errors;

namespace Deskmine.Analysis.Candidates;

/// <summary>
/// How candidates are found and scored. A candidate's score is the sum over features of value × weight; every value
/// is between 0 and 1, so a weight says how many points a feature can add (positive) or take away (negative).
/// Defaults are documented in <c>docs/analysis.md</c> and can be overridden in the assumptions file (<c>scoring</c>).
/// </summary>
public sealed record CandidateOptions
{
    /// <summary>The default settings.</summary>
    public static CandidateOptions Default { get; } = new();

    /// <summary>Weight per feature (<see cref="Features"/>); a feature without a weight does not count.</summary>
    public IReadOnlyDictionary<string, double> Weights { get; init; } = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        [Features.Frequency] = 0.20,
        [Features.HandlingTime] = 0.20,
        [Features.People] = 0.10,
        [Features.Determinism] = 0.15,
        [Features.DataTransfer] = 0.15,
        [Features.UiStability] = 0.10,
        [Features.VariantEntropy] = -0.10,
        [Features.ExceptionRate] = -0.05,
        [Features.ReworkRate] = -0.05,
        [Features.UnstructuredInput] = -0.05,
    };

    // Volumes map to 0–1 as x / (x + half): 0.5 at the half point, 0.8 at four times it, never saturating, so two
    // large candidates still differ (a cap would make every big task type score the same).

    /// <summary>Instances per week (everyone together) at which <see cref="Features.Frequency"/> is 0.5. Default 100.</summary>
    public double FrequencyHalf { get; init; } = 100;

    /// <summary>Handling hours per year at which <see cref="Features.HandlingTime"/> is 0.5. Default 1,000.</summary>
    public double HoursHalf { get; init; } = 1000;

    /// <summary>Distinct people at which <see cref="Features.People"/> is 0.5. Default 5.</summary>
    public double PeopleHalf { get; init; } = 5;

    /// <summary>Share of events in data transfers at which <see cref="Features.DataTransfer"/> is 0.5. Default 0.1.</summary>
    public double TransferShareHalf { get; init; } = 0.1;

    /// <summary>A variant with less than this share of a candidate's instances is rare (an exception). Default 0.05.</summary>
    public double RareVariantShare { get; init; } = 0.05;

    /// <summary>A screen element recurring in at least this share of instances is stable. Default 0.5.</summary>
    public double StableElementShare { get; init; } = 0.5;

    /// <summary>Shortest sub-routine, in steps. Default 3.</summary>
    public int MinRoutineLength { get; init; } = 3;

    /// <summary>Longest sub-routine looked for, in steps. Default 8.</summary>
    public int MaxRoutineLength { get; init; } = 8;

    /// <summary>A sub-routine must occur in at least this many instances. Default 20.</summary>
    public int MinRoutineInstances { get; init; } = 20;

    /// <summary>A sub-routine with more than this share of its performed steps inside sub-routines taken before is dropped. Default 0.5.</summary>
    public double MaxRoutineOverlap { get; init; } = 0.5;

    /// <summary>At most this many sub-routines become candidates (the most frequent × longest first). Default 10.</summary>
    public int MaxRoutines { get; init; } = 10;

    /// <summary>Patterns of events that read unstructured input (PDFs, mail bodies, scans).</summary>
    public IReadOnlyList<InputPattern> UnstructuredInputs { get; init; } =
    [
        new("app", "acrord"), new("app", "acrobat"), new("window", ".pdf"), new("window", "Adobe Acrobat"),
        new("window", "scan"), new("target", "Message body"), new("target", "attachment"),
    ];

    /// <summary>Checks every setting.</summary>
    /// <exception cref="InputException">A setting is out of range.</exception>
    public void Validate()
    {
        foreach (var (name, weight) in Weights)
        {
            Require(Features.All.Contains(name), nameof(Weights), $"unknown feature '{name}'; expected one of: {string.Join(", ", Features.All)}");
            Require(double.IsFinite(weight) && Math.Abs(weight) <= 10, nameof(Weights), $"expected a weight between -10 and 10 for '{name}', got {weight}");
        }
        Require(FrequencyHalf > 0 && double.IsFinite(FrequencyHalf), nameof(FrequencyHalf), $"expected more than 0, got {FrequencyHalf}");
        Require(HoursHalf > 0 && double.IsFinite(HoursHalf), nameof(HoursHalf), $"expected more than 0, got {HoursHalf}");
        Require(PeopleHalf > 0 && double.IsFinite(PeopleHalf), nameof(PeopleHalf), $"expected more than 0, got {PeopleHalf}");
        Require(TransferShareHalf is > 0 and <= 1, nameof(TransferShareHalf), $"expected more than 0 and at most 1, got {TransferShareHalf}");
        Require(RareVariantShare is >= 0 and <= 1, nameof(RareVariantShare), $"expected 0–1, got {RareVariantShare}");
        Require(StableElementShare is > 0 and <= 1, nameof(StableElementShare), $"expected more than 0 and at most 1, got {StableElementShare}");
        Require(MinRoutineLength is >= 2 and <= 50, nameof(MinRoutineLength), $"expected 2–50 steps, got {MinRoutineLength}");
        Require(MaxRoutineLength >= MinRoutineLength && MaxRoutineLength <= 50, nameof(MaxRoutineLength),
            $"expected {MinRoutineLength}–50 steps, got {MaxRoutineLength}");
        Require(MinRoutineInstances >= 2, nameof(MinRoutineInstances), $"expected at least 2, got {MinRoutineInstances}");
        Require(MaxRoutineOverlap is >= 0 and <= 1, nameof(MaxRoutineOverlap), $"expected 0–1, got {MaxRoutineOverlap}");
        Require(MaxRoutines >= 0, nameof(MaxRoutines), $"expected 0 or more, got {MaxRoutines}");
        foreach (var p in UnstructuredInputs)
        {
            Require(InputPattern.Fields.Contains(p.Field), nameof(UnstructuredInputs),
                $"unknown field '{p.Field}'; expected one of: {string.Join(", ", InputPattern.Fields)}");
            Require(!string.IsNullOrEmpty(p.Contains), nameof(UnstructuredInputs), "expected a non-empty 'contains' text");
        }
    }

    private static void Require(bool condition, string setting, string problem)
    {
        if (!condition)
            throw new InputException(nameof(CandidateOptions), null, setting, problem);
    }
}
