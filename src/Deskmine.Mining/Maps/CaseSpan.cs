using System.Runtime.InteropServices;

namespace Deskmine.Mining.Maps;

/// <summary>A case's activity sequence as a slice of the log's activity array; equality is by content.</summary>
/// <param name="Offset">Index of the case's first event.</param>
/// <param name="Length">Number of events.</param>
internal readonly record struct CaseSpan(int Offset, int Length);

/// <summary>Compares <see cref="CaseSpan"/>s by the activity codes they cover, so a case needs no copy to be a key.</summary>
internal sealed class CaseSpanComparer(int[] activities) : IEqualityComparer<CaseSpan>
{
    public bool Equals(CaseSpan x, CaseSpan y) =>
        x.Length == y.Length && activities.AsSpan(x.Offset, x.Length).SequenceEqual(activities.AsSpan(y.Offset, y.Length));

    public int GetHashCode(CaseSpan obj)
    {
        var hash = default(HashCode);
        hash.AddBytes(MemoryMarshal.AsBytes(activities.AsSpan(obj.Offset, obj.Length)));
        hash.Add(obj.Length);
        return hash.ToHashCode();
    }
}
