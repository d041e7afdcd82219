namespace Deskmine.Analysis.Standardisation;

/// <summary>One instance as standardisation sees it: who, which group, which variant, how long.</summary>
/// <param name="User">The person.</param>
/// <param name="Group">Its group under the compared attribute.</param>
/// <param name="Steps">Its variant: step names in order.</param>
/// <param name="VariantKey">The steps joined, to compare variants.</param>
/// <param name="HandlingMicros">Handling time (<see cref="Work.WorkSteps"/>).</param>
/// <param name="HasRework">A step comes back after another step, or a field was typed into twice.</param>
internal sealed record TimedInstance(
    string User, string Group, IReadOnlyList<string> Steps, string VariantKey, long HandlingMicros, bool HasRework)
{
    /// <summary>The <paramref name="p"/> quantile (0–1, linear interpolation between ranks) of <paramref name="values"/>.</summary>
    public static TimeSpan Percentile(IEnumerable<long> values, double p)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
            return TimeSpan.Zero;
        var rank = p * (sorted.Length - 1);
        var low = (int)Math.Floor(rank);
        var high = Math.Min(low + 1, sorted.Length - 1);
        var micros = sorted[low] + ((rank - low) * (sorted[high] - sorted[low]));
        return TimeSpan.FromMicroseconds(micros);
    }
}
