using Deskmine.Core.Errors;

namespace Deskmine.Analysis.Work;

/// <summary>How recorded time splits into handling (someone is working) and waiting.</summary>
public sealed record WorkTimingOptions
{
    /// <summary>The default settings.</summary>
    public static WorkTimingOptions Default { get; } = new();

    /// <summary>
    /// A pause between two events of one instance up to this long is handling time (reading, thinking, checking);
    /// a longer pause is waiting (the person left the task, was called away, waited for a system). Default 120 s.
    /// </summary>
    public TimeSpan ActiveGapLimit { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>Checks every setting.</summary>
    /// <exception cref="InputException">A setting is out of range.</exception>
    public void Validate()
    {
        if (ActiveGapLimit <= TimeSpan.Zero || ActiveGapLimit > TimeSpan.FromHours(8))
            throw new InputException(nameof(WorkTimingOptions), null, nameof(ActiveGapLimit), $"expected more than 0 s and at most 8 h, got {ActiveGapLimit}");
    }
}
