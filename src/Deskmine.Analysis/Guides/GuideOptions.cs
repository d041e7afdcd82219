using Deskmine.Analysis.Work;
using Deskmine.Core.Errors;

namespace Deskmine.Analysis.Guides;

/// <summary>Settings of <see cref="TaskGuides"/>.</summary>
public sealed record GuideOptions
{
    /// <summary>The default settings.</summary>
    public static GuideOptions Default { get; } = new();

    /// <summary>How time splits into handling and waiting (the one definition of <see cref="WorkSteps"/>).</summary>
    public WorkTimingOptions Timing { get; init; } = WorkTimingOptions.Default;

    /// <summary>
    /// An exception is listed when at least this many instances depart that way. Default 2: a departure seen
    /// once is noise for a procedure, and naming it could point at one person.
    /// </summary>
    public int MinExceptionInstances { get; init; } = 2;

    /// <summary>At most this many exceptions are listed, most frequent first. Default 12.</summary>
    public int MaxExceptions { get; init; } = 12;

    /// <summary>At most this many screens, fields and controls are listed per application. Default 25.</summary>
    public int MaxItemsPerSystem { get; init; } = 25;

    /// <summary>Checks every setting.</summary>
    /// <exception cref="InputException">A setting is out of range.</exception>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Timing);
        Timing.Validate();
        if (MinExceptionInstances < 1)
            throw new InputException(nameof(GuideOptions), null, nameof(MinExceptionInstances), $"expected at least 1, got {MinExceptionInstances}");
        if (MaxExceptions < 0)
            throw new InputException(nameof(GuideOptions), null, nameof(MaxExceptions), $"expected 0 or more, got {MaxExceptions}");
        if (MaxItemsPerSystem < 1)
            throw new InputException(nameof(GuideOptions), null, nameof(MaxItemsPerSystem), $"expected at least 1, got {MaxItemsPerSystem}");
    }
}
