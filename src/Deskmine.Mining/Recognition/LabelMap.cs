using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Deskmine.Mining.Recognition;

/// <summary>
/// A value per action label of a run, as numbers: label <c>i</c> of <paramref name="labels"/> has value
/// <c>values[valueOf[i]]</c>. Stands in for a dictionary keyed by label strings (1.6 M of them at 10 M events) where
/// the values are few and shared (step names); enumerates in label order.
/// </summary>
internal sealed class LabelMap<T>(LabelTable labels, IReadOnlyList<int> valueOf, IReadOnlyList<T> values) : IReadOnlyDictionary<string, T>
{
    /// <summary>The labels this map is keyed by.</summary>
    internal LabelTable Labels => labels;

    /// <summary>The distinct values.</summary>
    internal IReadOnlyList<T> DistinctValues => values;

    /// <summary>The number, among <see cref="DistinctValues"/>, of the value of the label numbered <paramref name="label"/>.</summary>
    internal int ValueNumberOf(int label) => valueOf[label];

    public T this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException();

    public IEnumerable<string> Keys => labels;

    public IEnumerable<T> Values
    {
        get
        {
            for (var id = 0; id < labels.Count; id++)
                yield return values[valueOf[id]];
        }
    }

    public int Count => labels.Count;

    public bool ContainsKey(string key) => labels.Find(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out T value)
    {
        ArgumentNullException.ThrowIfNull(key);
        var id = labels.Find(key);
        value = id >= 0 ? values[valueOf[id]] : default;
        return id >= 0;
    }

    public IEnumerator<KeyValuePair<string, T>> GetEnumerator()
    {
        for (var id = 0; id < labels.Count; id++)
            yield return new KeyValuePair<string, T>(labels[id], values[valueOf[id]]);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
