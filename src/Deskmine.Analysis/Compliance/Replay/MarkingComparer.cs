namespace Deskmine.Analysis.Compliance.Replay;

/// <summary>Compares markings (tokens per place) by value.</summary>
internal sealed class MarkingComparer : IEqualityComparer<int[]>
{
    public static MarkingComparer Instance { get; } = new();

    public bool Equals(int[]? x, int[]? y) => ReferenceEquals(x, y) || (x is not null && y is not null && x.AsSpan().SequenceEqual(y));

    public int GetHashCode(int[] obj)
    {
        var hash = new HashCode();
        hash.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(obj.AsSpan()));
        return hash.ToHashCode();
    }
}
