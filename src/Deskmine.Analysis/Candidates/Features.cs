namespace Deskmine.Analysis.Candidates;

/// <summary>
/// Names of the measured features of a candidate, as they appear in score parts, advice rules and the assumptions
/// file. Every feature is a number from 0 to 1; see <c>docs/analysis.md</c> for how each is measured.
/// </summary>
public static class Features
{
    /// <summary>Instances per week, as x / (x + <see cref="CandidateOptions.FrequencyHalf"/>).</summary>
    public const string Frequency = "frequency";
    /// <summary>Handling hours per year, as x / (x + <see cref="CandidateOptions.HoursHalf"/>).</summary>
    public const string HandlingTime = "handling_time";
    /// <summary>Distinct people, as x / (x + <see cref="CandidateOptions.PeopleHalf"/>).</summary>
    public const string People = "people";
    /// <summary>Shannon entropy of the variants divided by its maximum, log2(instances).</summary>
    public const string VariantEntropy = "variant_entropy";
    /// <summary>Mean over steps (weighted by occurrences) of the probability of the most likely next step.</summary>
    public const string Determinism = "determinism";
    /// <summary>Share of events taking part in a data transfer, as x / (x + <see cref="CandidateOptions.TransferShareHalf"/>).</summary>
    public const string DataTransfer = "data_transfer";
    /// <summary>Share of events reading unstructured input (PDF, mail bodies, scans; <see cref="CandidateOptions.UnstructuredInputs"/>).</summary>
    public const string UnstructuredInput = "unstructured_input";
    /// <summary>Share of instances in rare variants (under <see cref="CandidateOptions.RareVariantShare"/> of instances).</summary>
    public const string ExceptionRate = "exception_rate";
    /// <summary>Share of instances with rework: a step done again later, undo, or select-all and retype.</summary>
    public const string ReworkRate = "rework_rate";
    /// <summary>Share of events on screen elements that recur in at least <see cref="CandidateOptions.StableElementShare"/> of instances.</summary>
    public const string UiStability = "ui_stability";
    /// <summary>Share of instances whose business object (case id) is also worked on by someone else: a hand-off.</summary>
    public const string Handoff = "handoff";
    /// <summary>Share of people whose most frequent variant differs from the most frequent variant of all.</summary>
    public const string PersonVariance = "person_variance";
    /// <summary>Share of typed values already entered, copied or pasted earlier in the same instance and application.</summary>
    public const string Retyping = "retyping";

    /// <summary>Every feature, in the order outputs list them.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Frequency, HandlingTime, People, VariantEntropy, Determinism, DataTransfer, UnstructuredInput, ExceptionRate,
        ReworkRate, UiStability, Handoff, PersonVariance, Retyping,
    ];
}
