namespace Deskmine.Mining.Models;

/// <summary>
/// A multiset of traces (activity codes with how many cases follow each), the unit the inductive miner splits.
/// Identical traces are merged, so the work grows with the variants, not the cases.
/// </summary>
internal sealed class SubLog
{
    public SubLog(IEnumerable<(int[] Trace, long Count)> traces)
    {
        var merged = new Dictionary<int[], long>(TraceComparer.Instance);
        foreach (var (trace, count) in traces)
        {
            if (count > 0)
                merged[trace] = merged.GetValueOrDefault(trace) + count;
        }
        Traces = [.. merged.Select(kv => (kv.Key, kv.Value))];
        Total = Traces.Sum(t => t.Count);
        EmptyCount = Traces.Where(t => t.Trace.Length == 0).Sum(t => t.Count);
        Activities = [.. Traces.SelectMany(t => t.Trace).Distinct().Order()];
    }

    public List<(int[] Trace, long Count)> Traces { get; }

    /// <summary>Cases in the sub-log.</summary>
    public long Total { get; }

    /// <summary>Cases with no event.</summary>
    public long EmptyCount { get; }

    /// <summary>The activity codes that occur, ascending.</summary>
    public int[] Activities { get; }

    /// <summary>The traces restricted to <paramref name="keep"/> (events of other activities removed).</summary>
    public SubLog Project(IReadOnlySet<int> keep) =>
        new(Traces.Select(t => (t.Trace.Where(keep.Contains).ToArray(), t.Count)));

    /// <summary>The sub-log without its empty traces.</summary>
    public SubLog WithoutEmpty() => new(Traces.Where(t => t.Trace.Length > 0));

    public sealed class TraceComparer : IEqualityComparer<int[]>
    {
        public static readonly TraceComparer Instance = new();

        public bool Equals(int[]? x, int[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(int[] obj)
        {
            var hash = new HashCode();
            hash.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(obj.AsSpan()));
            return hash.ToHashCode();
        }
    }
}
