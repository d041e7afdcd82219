namespace Deskmine.Storage;

/// <summary>An inclusive range of sequence numbers.</summary>
/// <param name="From">First number of the range.</param>
/// <param name="To">Last number of the range (inclusive).</param>
public sealed record SeqRange(long From, long To)
{
    /// <summary>How many numbers the range holds.</summary>
    public long Count => To - From + 1;
}
