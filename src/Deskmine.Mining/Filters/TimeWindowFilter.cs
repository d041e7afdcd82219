using Deskmine.Core;
using Deskmine.Core.Logs;

namespace Deskmine.Mining.Filters;

/// <summary>
/// Keeps cases (or events) by time: see <see cref="TimeWindowMode"/>. Events without a timestamp are never
/// in a window, so a case with such an event is not <see cref="TimeWindowMode.Contained"/>, and a case
/// without any timestamp does not intersect.
/// </summary>
public sealed class TimeWindowFilter : LogFilter
{
    private readonly TimeWindowFilterOptions _options;

    /// <summary>Creates the filter; throws when <paramref name="options"/> are invalid.</summary>
    public TimeWindowFilter(TimeWindowFilterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
    }

    /// <inheritdoc />
    public override EventLog Apply(EventLog log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var from = Timestamps.ToMicros(_options.From);
        var to = Timestamps.ToMicros(_options.To);
        var ts = log.Timestamps;
        if (_options.Mode == TimeWindowMode.Trim)
        {
            var keepEvent = new bool[log.EventCount];
            for (var i = 0; i < ts.Length; i++)
                keepEvent[i] = ts[i] != EventLog.NoTimestamp && ts[i] >= from && ts[i] < to;
            return EventLogSlicer.Keep(log, null, keepEvent);
        }

        var keepCase = new bool[log.CaseCount];
        for (var c = 0; c < log.CaseCount; c++)
        {
            long first = long.MaxValue, last = long.MinValue;
            var missing = false;
            foreach (var t in log.TimestampsOf(c))
            {
                if (t == EventLog.NoTimestamp)
                {
                    missing = true;
                    continue;
                }
                first = Math.Min(first, t);
                last = Math.Max(last, t);
            }
            var timed = first <= last;
            keepCase[c] = _options.Mode == TimeWindowMode.Contained
                ? timed && !missing && first >= from && last < to
                : timed && first < to && last >= from;
        }
        return EventLogSlicer.Keep(log, keepCase, null);
    }
}
