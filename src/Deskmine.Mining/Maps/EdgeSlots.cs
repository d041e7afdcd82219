using Deskmine.Core.Logs;

namespace Deskmine.Mining.Maps;

/// <summary>
/// Numbers the directly-follows pairs (a, b) so that per-edge statistics live in flat arrays. With few
/// activities the slot is <c>a * numActivities + b</c> (no lookup); with many, a dictionary built in one
/// pre-pass numbers only the pairs that occur, so memory follows the edges and not the square of activities.
/// </summary>
internal sealed class EdgeSlots
{
    // 256 activities: 65,536 dense slots; a few such arrays per thread stay within a few megabytes.
    private const int DenseLimit = 256;

    private readonly int _numActivities;
    private readonly Dictionary<long, int>? _sparse;
    private readonly int[]? _sources;
    private readonly int[]? _targets;

    private EdgeSlots(int numActivities, Dictionary<long, int>? sparse, int[]? sources, int[]? targets)
    {
        _numActivities = numActivities;
        _sparse = sparse;
        _sources = sources;
        _targets = targets;
        Count = sparse?.Count ?? numActivities * numActivities;
    }

    /// <summary>Number of slots.</summary>
    public int Count { get; }

    /// <summary>Whether slots come from the dense <c>a * n + b</c> layout.</summary>
    public bool IsDense => _sparse is null;

    /// <summary>Slot numbering for <paramref name="log"/>.</summary>
    public static EdgeSlots For(EventLog log)
    {
        var n = log.ActivityNames.Count;
        if (n <= DenseLimit)
            return new EdgeSlots(n, null, null, null);
        var sparse = new Dictionary<long, int>();
        var sources = new List<int>();
        var targets = new List<int>();
        var acts = log.Activities;
        var starts = log.CaseStarts;
        for (var c = 0; c < log.CaseCount; c++)
        {
            for (var i = starts[c]; i < starts[c + 1] - 1; i++)
            {
                var key = ((long)acts[i] << 32) | (uint)acts[i + 1];
                if (sparse.TryAdd(key, sparse.Count))
                {
                    sources.Add(acts[i]);
                    targets.Add(acts[i + 1]);
                }
            }
        }
        return new EdgeSlots(n, sparse, [.. sources], [.. targets]);
    }

    /// <summary>The slot of pair (<paramref name="a"/>, <paramref name="b"/>); the pair must occur in the log.</summary>
    public int Slot(int a, int b) =>
        _sparse is null ? (a * _numActivities) + b : _sparse[((long)a << 32) | (uint)b];

    /// <summary>The source activity of <paramref name="slot"/>.</summary>
    public int Source(int slot) => _sources is null ? slot / _numActivities : _sources[slot];

    /// <summary>The target activity of <paramref name="slot"/>.</summary>
    public int Target(int slot) => _targets is null ? slot % _numActivities : _targets[slot];
}
