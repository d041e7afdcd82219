namespace Deskmine.Capture.Spool;

/// <summary>Options of <see cref="SqliteSpool"/>. Defaults suit one desktop: about a week of work offline.</summary>
public sealed record SpoolOptions
{
    /// <summary>Name of the SQLite file inside the spool directory.</summary>
    public const string FileName = "spool.sqlite";

    /// <summary>Most events kept (uploaded ones included); default 1,000,000.</summary>
    public long MaxEvents { get; init; } = 1_000_000;

    /// <summary>Most bytes of event JSON kept; default 512 MiB.</summary>
    public long MaxBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>What happens when a new event does not fit after pruning uploaded events.</summary>
    public SpoolFullPolicy WhenFull { get; init; } = SpoolFullPolicy.DropOldest;

    /// <summary>
    /// Flush the write-ahead log to disk at every commit (<c>synchronous=FULL</c>, the default): committed events
    /// then survive a power cut too. <c>false</c> uses <c>synchronous=NORMAL</c>, which still survives a killed
    /// process but may lose the last commits on power loss.
    /// </summary>
    public bool FlushEachCommit { get; init; } = true;

    /// <summary>Session to continue (its numbering resumes where it stopped); <c>null</c> starts a new session.</summary>
    public string? Session { get; init; }

    /// <summary>The clock for the session id and the open time.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Throws when a value is out of range.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxEvents, 1, nameof(MaxEvents));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxBytes, 1024, nameof(MaxBytes));
        if (!Enum.IsDefined(WhenFull))
            throw new ArgumentOutOfRangeException(nameof(WhenFull), WhenFull, "unknown policy");
        if (Session is { Length: 0 })
            throw new ArgumentException("Session must not be empty; use null for a new one.", nameof(Session));
        ArgumentNullException.ThrowIfNull(TimeProvider);
    }
}
