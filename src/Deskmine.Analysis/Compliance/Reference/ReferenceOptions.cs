using Deskmine.Analysis.Work;
using Deskmine.Core.Errors;

namespace Deskmine.Analysis.Compliance.Reference;

/// <summary>How <see cref="ReferenceCheck.Check"/> picks the task type and reports.</summary>
public sealed record ReferenceOptions
{
    /// <summary>The default settings.</summary>
    public static ReferenceOptions Default { get; } = new();

    /// <summary>
    /// The mined task type the procedure prescribes, by id or name (case ignored); <c>null</c> picks the type whose
    /// steps share most with the procedure.
    /// </summary>
    public string? TaskType { get; init; }

    /// <summary>k: a team with fewer distinct people gets no rates (it is counted as suppressed). Default 5, the privacy model's k.</summary>
    public int MinPeople { get; init; } = 5;

    /// <summary>How an instance's events become steps.</summary>
    public WorkTimingOptions Timing { get; init; } = WorkTimingOptions.Default;

    /// <summary>Checks every setting.</summary>
    /// <exception cref="InputException">A setting is out of range.</exception>
    public void Validate()
    {
        if (MinPeople is < 1 or > 1000)
            throw new InputException(nameof(ReferenceOptions), null, nameof(MinPeople), $"expected 1–1000 people, got {MinPeople}");
        if (TaskType is { } t && string.IsNullOrWhiteSpace(t))
            throw new InputException(nameof(ReferenceOptions), null, nameof(TaskType), "expected a task type's id or name, got an empty text");
        if (Timing is null)
            throw new InputException(nameof(ReferenceOptions), null, nameof(Timing), "expected timing settings");
    }
}
