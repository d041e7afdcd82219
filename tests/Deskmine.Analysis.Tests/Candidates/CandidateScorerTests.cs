using Deskmine.Analysis.Candidates;

namespace Deskmine.Analysis.Tests.Candidates;

public sealed class CandidateScorerTests
{
    [Fact]
    public void The_score_is_the_sum_of_value_times_weight_and_every_part_is_shown()
    {
        var options = CandidateOptions.Default with
        {
            Weights = new Dictionary<string, double> { [Features.Frequency] = 0.5, [Features.VariantEntropy] = -0.2 },
        };
        var features = new Dictionary<string, double> { [Features.Frequency] = 0.8, [Features.VariantEntropy] = 0.5, [Features.People] = 1 };

        var (score, parts) = CandidateScorer.Score(features, options);

        Assert.Equal((0.8 * 0.5) - (0.5 * 0.2), score, 9);
        Assert.Equal([Features.Frequency, Features.VariantEntropy], parts.Select(p => p.Feature));
        Assert.Equal(new ScorePart(Features.Frequency, 0.8, 0.5, 0.4), parts[0]);
        Assert.Equal(-0.1, parts[1].Contribution, 9);
    }

    [Fact]
    public void Unknown_feature_weights_are_refused()
    {
        var options = CandidateOptions.Default with { Weights = new Dictionary<string, double> { ["speed"] = 1 } };

        var e = Assert.Throws<Deskmine.Core.Errors.InputException>(options.Validate);

        Assert.Equal("Weights", e.Column);
    }
}
