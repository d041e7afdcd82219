using Deskmine.Core.Logs;

namespace Deskmine.Mining.Maps;

/// <summary>Discovers a <see cref="ProcessMap"/> from an event log. Implementations are pure and thread-safe.</summary>
public interface IProcessMapMiner
{
    /// <summary>Mines the map of <paramref name="log"/>.</summary>
    ProcessMap Discover(EventLog log);
}
