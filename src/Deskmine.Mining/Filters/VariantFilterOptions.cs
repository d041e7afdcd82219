namespace Deskmine.Mining.Filters;

/// <summary>Options of <see cref="VariantFilter"/>.</summary>
public sealed record VariantFilterOptions
{
    /// <summary>Number of most frequent variants whose cases are kept (ties by first appearance). Default 10.</summary>
    public int TopK { get; init; } = 10;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when <see cref="TopK"/> is below 1.</summary>
    public void Validate() => ArgumentOutOfRangeException.ThrowIfLessThan(TopK, 1, nameof(TopK));
}
