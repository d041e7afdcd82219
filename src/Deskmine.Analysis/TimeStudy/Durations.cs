namespace Deskmine.Analysis.TimeStudy;

/// <summary>Distribution of a time over instances or occurrences, in seconds.</summary>
/// <param name="Median">Median (50th percentile, linear interpolation between closest ranks).</param>
/// <param name="P90">90th percentile (linear interpolation between closest ranks).</param>
/// <param name="Total">Sum.</param>
public sealed record Durations(double Median, double P90, double Total)
{
    /// <summary>The distribution of <paramref name="micros"/> (microseconds), in seconds; all 0 when empty.</summary>
    public static Durations Of(IEnumerable<long> micros)
    {
        ArgumentNullException.ThrowIfNull(micros);
        var sorted = micros.Select(m => m / 1e6).Order().ToArray();
        return new Durations(Quantile(sorted, 0.5), Quantile(sorted, 0.9), sorted.Sum());
    }

    /// <summary>
    /// The <paramref name="q"/>-quantile of ascending <paramref name="sorted"/>: position q·(n−1), interpolated
    /// linearly between its neighbours (Hyndman and Fan's type 7, the default of R and NumPy).
    /// </summary>
    public static double Quantile(IReadOnlyList<double> sorted, double q)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        if (sorted.Count == 0)
            return 0;
        var position = q * (sorted.Count - 1);
        var low = (int)Math.Floor(position);
        var high = Math.Min(low + 1, sorted.Count - 1);
        return sorted[low] + ((sorted[high] - sorted[low]) * (position - low));
    }
}
