using Deskmine.Core.Logs;

namespace Deskmine.Mining.Filters;

/// <summary>
/// A pure log-to-log filter: returns a new <see cref="EventLog"/> and never changes its input. Cases left
/// without events are dropped; the activity and attribute dictionaries are kept as they are (codes stay
/// valid), so names without events may remain in <see cref="EventLog.ActivityNames"/>.
/// Chain filters with <see cref="Then"/> or <see cref="Chain"/>.
/// </summary>
public abstract class LogFilter
{
    /// <summary>Filters <paramref name="log"/>.</summary>
    public abstract EventLog Apply(EventLog log);

    /// <summary>A filter that applies this one, then <paramref name="next"/> to its result.</summary>
    public LogFilter Then(LogFilter next)
    {
        ArgumentNullException.ThrowIfNull(next);
        return new ChainedLogFilter([this, next]);
    }

    /// <summary>A filter that applies <paramref name="filters"/> in order (none: the log unchanged).</summary>
    public static LogFilter Chain(params IEnumerable<LogFilter> filters)
    {
        ArgumentNullException.ThrowIfNull(filters);
        return new ChainedLogFilter([.. filters]);
    }
}
