namespace Deskmine.Analysis.Candidates;

/// <summary>The explainable score: the sum over weighted features of value × weight, every part kept.</summary>
public static class CandidateScorer
{
    /// <summary>Score and parts of <paramref name="features"/> (parts in <see cref="Features.All"/> order, weighted features only).</summary>
    public static (double Score, IReadOnlyList<ScorePart> Parts) Score(IReadOnlyDictionary<string, double> features, CandidateOptions options)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(options);
        var parts = Features.All
            .Where(options.Weights.ContainsKey)
            .Select(f =>
            {
                var value = features.GetValueOrDefault(f);
                var weight = options.Weights[f];
                return new ScorePart(f, value, weight, value * weight);
            })
            .ToArray();
        return (parts.Sum(p => p.Contribution), parts);
    }
}
