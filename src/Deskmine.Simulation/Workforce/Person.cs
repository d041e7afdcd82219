namespace Deskmine.Simulation.Workforce;

/// <summary>One simulated employee with personal pace and habits.</summary>
internal sealed class Person
{
    public required int Index { get; init; }
    public required string User { get; init; }
    public required string Machine { get; init; }
    public required string Team { get; init; }
    public required TeamStyle Style { get; init; }
    public required string Email { get; init; }

    /// <summary>Weight of each task type, in <see cref="TaskTypes.All"/> order.</summary>
    public required double[] TaskWeights { get; init; }

    /// <summary>Multiplier of think times: below 1 is quicker than average.</summary>
    public required double Pace { get; init; }

    public required double CharsPerSecond { get; init; }

    /// <summary>Moves between form fields with Tab instead of clicking each field.</summary>
    public required bool TabNavigation { get; init; }

    /// <summary>Copies and pastes with ctrl+c/ctrl+v rather than the context menu.</summary>
    public required bool KeyboardClipboard { get; init; }

    /// <summary>Probability of retyping a field because of a typo (rework inside a step).</summary>
    public required double TypoRate { get; init; }

    /// <summary>Probability of checking mail or chat between two tasks.</summary>
    public required double MailCheckRate { get; init; }

    /// <summary>Minutes of lunch break.</summary>
    public required int LunchMinutes { get; init; }
}
