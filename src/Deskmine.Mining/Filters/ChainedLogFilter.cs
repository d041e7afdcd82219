using Deskmine.Core.Logs;

namespace Deskmine.Mining.Filters;

/// <summary>Applies filters one after the other.</summary>
internal sealed class ChainedLogFilter(IReadOnlyList<LogFilter> filters) : LogFilter
{
    public override EventLog Apply(EventLog log)
    {
        ArgumentNullException.ThrowIfNull(log);
        foreach (var filter in filters)
            log = filter.Apply(log);
        return log;
    }
}
