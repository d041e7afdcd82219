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

    /// <summary>Instances per week (everyone together) at which <see cref="Features.Frequency"/> reaches 1. Default 250.</summary>
    public double FrequencyFull { get; init; } = 250;

    /// <summary>Handling hours per year at which <see cref="Features.HandlingTime"/> reaches 1. Default 2,000 (about one FTE).</summary>
    public double HoursFull { get; init; } = 2000;

    /// <summary>Distinct people at which <see cref="Features.People"/> reaches 1. Default 10.</summary>
    public double PeopleFull { get; init; } = 10;

    /// <summary>Share of events in data transfers at which <see cref="Features.DataTransfer"/> reaches 1. Default 0.25.</summary>
    public double TransferShareFull { get; init; } = 0.25;

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
        Require(FrequencyFull > 0 && double.IsFinite(FrequencyFull), nameof(FrequencyFull), $"expected more than 0, got {FrequencyFull}");
        Require(HoursFull > 0 && double.IsFinite(HoursFull), nameof(HoursFull), $"expected more than 0, got {HoursFull}");
        Require(PeopleFull > 0 && double.IsFinite(PeopleFull), nameof(PeopleFull), $"expected more than 0, got {PeopleFull}");
        Require(TransferShareFull is > 0 and <= 1, nameof(TransferShareFull), $"expected more than 0 and at most 1, got {TransferShareFull}");
        Require(RareVariantShare is >= 0 and <= 1, nameof(RareVariantShare), $"expected 0–1, got {RareVariantShare}");
        Require(StableElementShare is > 0 and <= 1, nameof(StableElementShare), $"expected more than 0 and at most 1, got {StableElementShare}");
        Require(MinRoutineLength is >= 2 and <= 50, nameof(MinRoutineLength), $"expected 2–50 steps, got {MinRoutineLength}");
        Require(MaxRoutineLength >= MinRoutineLength && MaxRoutineLength <= 50, nameof(MaxRoutineLength),
            $"expected {MinRoutineLength}–50 steps, got {MaxRoutineLength}");
        Require(MinRoutineInstances >= 2, nameof(MinRoutineInstances), $"expected at least 2, got {MinRoutineInstances}");
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
