namespace Deskmine.Core.Events;

/// <summary>
/// One user action, schema v1 (see <c>docs/event-schema.md</c>). Immutable once stored; derived results
/// (action label, segment, task type, case id) live beside events, never inside them.
/// </summary>
/// <remarks>
/// The three import fields (<see cref="CaseId"/>, <see cref="Activity"/>, <see cref="SourceRow"/>) carry what
/// a process-mining log already states about an event; recorded desktop events leave them empty.
/// </remarks>
public sealed record UiEvent
{
    /// <summary>UUIDv7 assigned by the agent or importer; ingest is idempotent on it.</summary>
    public required Guid Id { get; init; }

    /// <summary>Agent session id (or import batch id).</summary>
    public string Session { get; init; } = "";

    /// <summary>Gap-free sequence number inside <see cref="Session"/>.</summary>
    public long Seq { get; init; }

    /// <summary>
    /// UTC time of the action (the start of an interval event) in microseconds since the Unix epoch; <c>null</c>
    /// when the source has none. Importers may keep a file's clock reading instead of applying its UTC offset
    /// (XES by default, as pm4py does): see <c>docs/event-schema.md</c>, section Time.
    /// </summary>
    public long? Ts { get; init; }

    /// <summary>Length of an interval event (focus, idle, an imported event with a start time) in microseconds; it ends at <see cref="Ts"/> + duration.</summary>
    public long? Duration { get; init; }

    /// <summary>Pseudonym of the person.</summary>
    public string? User { get; init; }

    /// <summary>Pseudonym of the machine.</summary>
    public string? Machine { get; init; }

    /// <summary>Organisational unit from the agent's policy.</summary>
    public string? Team { get; init; }

    /// <summary>Where the event came from: <c>x11</c>, <c>windows</c>, <c>browser</c>, <c>import:&lt;format&gt;</c>, <c>sim</c>.</summary>
    public required string Source { get; init; }

    /// <summary>Kind of action; see <see cref="EventKinds"/>.</summary>
    public required string Kind { get; init; }

    /// <summary>Process or application name.</summary>
    public string? App { get; init; }

    /// <summary>Window title, already redacted.</summary>
    public string? Window { get; init; }

    /// <summary>Page address, already redacted.</summary>
    public string? Url { get; init; }

    /// <summary>Accessibility role of the UI element.</summary>
    public string? TargetRole { get; init; }

    /// <summary>Accessible name (label) of the UI element.</summary>
    public string? TargetName { get; init; }

    /// <summary>Automation id of the UI element.</summary>
    public string? TargetId { get; init; }

    /// <summary>Selector or path of the UI element.</summary>
    public string? TargetPath { get; init; }

    /// <summary>Screen x position where it matters.</summary>
    public int? X { get; init; }

    /// <summary>Screen y position where it matters.</summary>
    public int? Y { get; init; }

    /// <summary>Text entered or copied, only where the policy allows it, redacted.</summary>
    public string? Value { get; init; }

    /// <summary>Keyed hash of copied, pasted or typed content.</summary>
    public string? ValueHash { get; init; }

    /// <summary>Bounded map of source-specific extras (workbook, sheet, cell, unknown import columns …).</summary>
    public IReadOnlyDictionary<string, string>? Attrs { get; init; }

    /// <summary>Case id stated by an imported process-mining log.</summary>
    public string? CaseId { get; init; }

    /// <summary>Activity name stated by an imported process-mining log.</summary>
    public string? Activity { get; init; }

    /// <summary>0-based data row (or event ordinal) in the imported file.</summary>
    public long? SourceRow { get; init; }
}
