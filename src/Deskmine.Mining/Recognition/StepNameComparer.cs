namespace Deskmine.Mining.Recognition;

/// <summary>
/// Equality of two <see cref="StepName"/>s by their content (word lists compared item by item, which the record's own
/// equality does not do), so that the many labels that read the same once ids and values are dropped share one name.
/// </summary>
internal sealed class StepNameComparer : IEqualityComparer<StepName>
{
    /// <summary>The one instance.</summary>
    public static StepNameComparer Instance { get; } = new();

    /// <inheritdoc/>
    public bool Equals(StepName? x, StepName? y)
    {
        if (ReferenceEquals(x, y))
            return true;
        if (x is null || y is null)
            return false;
        return x.Entry == y.Entry && x.App == y.App && x.Screen == y.Screen && x.Verb == y.Verb && x.Element == y.Element
            && x.ObjectWords.SequenceEqual(y.ObjectWords, StringComparer.Ordinal)
            && (x.Subject is null ? y.Subject is null : y.Subject is not null && x.Subject.SequenceEqual(y.Subject, StringComparer.Ordinal));
    }

    /// <inheritdoc/>
    public int GetHashCode(StepName obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        var hash = new HashCode();
        hash.Add(obj.App, StringComparer.Ordinal);
        hash.Add(obj.Screen, StringComparer.Ordinal);
        hash.Add(obj.Verb, StringComparer.Ordinal);
        hash.Add(obj.Element, StringComparer.Ordinal);
        hash.Add(obj.Entry);
        hash.Add(obj.ObjectWords.Count);
        foreach (var w in obj.ObjectWords)
            hash.Add(w, StringComparer.Ordinal);
        hash.Add(obj.Subject?.Count ?? -1);
        return hash.ToHashCode();
    }
}
