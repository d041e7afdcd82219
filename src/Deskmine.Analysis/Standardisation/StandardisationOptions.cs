using Deskmine.Analysis.Work;
using Deskmine.Core.Errors;

namespace Deskmine.Analysis.Standardisation;

/// <summary>Settings of <see cref="Standardisation.Compare"/>.</summary>
public sealed record StandardisationOptions
{
    /// <summary>The default settings.</summary>
    public static StandardisationOptions Default { get; } = new();

    /// <summary>
    /// k: a group with fewer distinct people is never shown (it is counted as suppressed), and a variant done by
    /// fewer people cannot be the best practice. Default 5, the privacy model's k.
    /// </summary>
    public int MinPeople { get; init; } = 5;

    /// <summary>Working days in a year, to extrapolate the observed period's cost. Default 220.</summary>
    public double WorkingDaysPerYear { get; init; } = 220;

    /// <summary>
    /// A step is one of a group's own steps when at least this share of the group's instances perform it and less
    /// than this share of every other shown group's instances do. Default 0.2.
    /// </summary>
    public double OwnStepShare { get; init; } = 0.2;

    /// <summary>How many of a group's most frequent variants to list. Default 5.</summary>
    public int MaxVariants { get; init; } = 5;

    /// <summary>Split of time into handling and waiting (the one definition of <see cref="WorkSteps"/>).</summary>
    public WorkTimingOptions Timing { get; init; } = WorkTimingOptions.Default;

    /// <summary>Checks every setting.</summary>
    /// <exception cref="InputException">A setting is out of range.</exception>
    public void Validate()
    {
        if (MinPeople is < 1 or > 1000)
            throw Error(nameof(MinPeople), $"expected 1–1000 people, got {MinPeople}");
        if (!(WorkingDaysPerYear is > 0 and <= 366))
            throw Error(nameof(WorkingDaysPerYear), $"expected more than 0 and at most 366 days, got {WorkingDaysPerYear}");
        if (!(OwnStepShare is > 0 and <= 1))
            throw Error(nameof(OwnStepShare), $"expected a share above 0 and at most 1, got {OwnStepShare}");
        if (MaxVariants is < 1 or > 1000)
            throw Error(nameof(MaxVariants), $"expected 1–1000 variants, got {MaxVariants}");
        ArgumentNullException.ThrowIfNull(Timing);
        Timing.Validate();
    }

    private static InputException Error(string setting, string problem) =>
        new(nameof(StandardisationOptions), null, setting, problem);
}
