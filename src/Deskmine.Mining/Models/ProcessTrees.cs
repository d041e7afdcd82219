using Deskmine.Core.Logs;

namespace Deskmine.Mining.Models;

/// <summary>Facade for process-tree discovery.</summary>
public static class ProcessTrees
{
    /// <summary>
    /// The process tree the inductive miner finds for <paramref name="log"/>: IM at noise 0 (every case fits the
    /// model), IMf above (see <see cref="InductiveMinerOptions.NoiseThreshold"/>).
    /// </summary>
    /// <exception cref="Core.Errors.InputException">An option is out of range.</exception>
    public static ProcessTree Discover(EventLog log, InductiveMinerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(log);
        options ??= InductiveMinerOptions.Default;
        options.Validate();
        return new InductiveMiner(options).Discover(log);
    }

    /// <summary>The process tree of traces given as activity sequences; see <see cref="Discover(EventLog, InductiveMinerOptions?)"/>.</summary>
    /// <exception cref="Core.Errors.InputException">An option is out of range.</exception>
    public static ProcessTree Discover(IEnumerable<IReadOnlyList<string>> traces, InductiveMinerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(traces);
        options ??= InductiveMinerOptions.Default;
        options.Validate();
        return new InductiveMiner(options).Discover(traces);
    }
}
