using Deskmine.Core.Logs;

namespace Deskmine.Mining.Filters;

/// <summary>
/// Merges each run of consecutive events with the same activity in a case into its first event, so that a
/// step recorded as many UI events (clicks, keys in one screen) appears once:
/// <code>
/// case: Open MIRO, Open MIRO, Enter header, Enter header, Enter header, Post
///   →   Open MIRO,            Enter header,                             Post
/// </code>
/// The time of an edge then runs from the start of one step to the start of the next.
/// </summary>
public sealed class CollapseRepeatsFilter : LogFilter
{
    /// <inheritdoc />
    public override EventLog Apply(EventLog log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var keepEvent = new bool[log.EventCount];
        for (var c = 0; c < log.CaseCount; c++)
        {
            var from = log.CaseStarts[c];
            var to = log.CaseStarts[c + 1];
            for (var i = from; i < to; i++)
                keepEvent[i] = i == from || log.Activities[i] != log.Activities[i - 1];
        }
        return EventLogSlicer.Keep(log, null, keepEvent);
    }
}
