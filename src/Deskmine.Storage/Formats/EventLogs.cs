using Deskmine.Core.Events;
using Deskmine.Core.Logs;

namespace Deskmine.Storage.Formats;

/// <summary>Builds mining logs (<see cref="EventLog"/>) from streams of events, e.g. straight from a reader.</summary>
public static class EventLogs
{
    /// <summary>Attributes kept by the default overload.</summary>
    public static IReadOnlyList<string> DefaultAttributes { get; } = ["user", "team", "org:resource"];

    /// <summary>
    /// The log with case = <see cref="UiEvent.CaseId"/>, activity = <see cref="UiEvent.Activity"/> (else
    /// <see cref="XesWriter.DefaultActivity"/>) and the attributes user, team and org:resource.
    /// </summary>
    public static EventLog FromEvents(IEnumerable<UiEvent> events) =>
        FromEvents(events, e => e.CaseId, XesWriter.DefaultActivity, DefaultAttributes, out _);

    /// <summary>The log with the given case notion, classifier and attributes; events without a case are skipped.</summary>
    public static EventLog FromEvents(IEnumerable<UiEvent> events, Func<UiEvent, string?> caseOf, Func<UiEvent, string> activityOf, IReadOnlyList<string>? attributes = null) =>
        FromEvents(events, caseOf, activityOf, attributes, out _);

    /// <summary>
    /// As <see cref="FromEvents(IEnumerable{UiEvent}, Func{UiEvent, string?}, Func{UiEvent, string}, IReadOnlyList{string}?)"/>,
    /// also counting the events skipped because they had no case. An attribute name is a schema field
    /// (<c>user</c>, <c>team</c>, <c>app</c> …) or an <c>attrs</c> key; <c>org:resource</c> falls back to the user.
    /// Event references are <see cref="UiEvent.SourceRow"/>, else the order of the events. Durations
    /// (<see cref="UiEvent.Duration"/>) become the log's <see cref="EventLog.Durations"/>: an event spans
    /// <c>Ts .. Ts + Duration</c>.
    /// </summary>
    public static EventLog FromEvents(IEnumerable<UiEvent> events, Func<UiEvent, string?> caseOf, Func<UiEvent, string> activityOf,
        IReadOnlyList<string>? attributes, out long skippedWithoutCase)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(caseOf);
        ArgumentNullException.ThrowIfNull(activityOf);
        var names = attributes ?? [];
        var builder = new EventLogBuilder(names);
        var values = new string?[names.Count];
        long ordinal = 0;
        skippedWithoutCase = 0;
        foreach (var e in events)
        {
            var position = ordinal++;
            if (caseOf(e) is not { } caseId)
            {
                skippedWithoutCase++;
                continue;
            }
            for (var a = 0; a < names.Count; a++)
                values[a] = UiEventFields.FieldOrAttribute(e, names[a]);
            builder.Add(caseId, activityOf(e), e.Ts, values, e.SourceRow ?? position, e.Duration);
        }
        return builder.Build();
    }
}
