using Deskmine.Mining.Recognition;

namespace Deskmine.Mining.Tests.Recognition;

public sealed class SignatureIndexTests
{
    [Theory]
    [InlineData(1, 6)]
    [InlineData(2, 12)]
    [InlineData(3, 40)]
    public void Nearest_is_the_first_of_the_closest_by_pairwise_Jaccard_distance_ties_included(int seed, int ids)
    {
        var random = new Random(seed);
        // A small id space gives many equal distances, equal signatures and empty ones.
        var clustered = Enumerable.Range(0, 60).Select(_ => Signature(random, ids)).ToList();
        clustered.Add([]);
        var index = new SignatureIndex(clustered);
        var shared = new int[index.Count];

        for (var q = 0; q < 500; q++)
        {
            int[] query = q % 50 == 0 ? [] : Signature(random, ids + 3);

            Assert.Equal(BruteForce(query, clustered), index.Nearest(query, shared));
        }
    }

    [Fact]
    public void Nearest_of_a_signature_sharing_nothing_is_the_first_non_empty_one_and_of_an_empty_one_the_first_empty_one()
    {
        var index = new SignatureIndex([[1, 2], [], [3], []]);
        var shared = new int[index.Count];

        Assert.Equal(0, index.Nearest([7, 9], shared));
        Assert.Equal(1, index.Nearest([], shared));
        Assert.Equal(2, index.Nearest([3, 9], shared));
    }

    private static int BruteForce(int[] query, List<int[]> clustered)
    {
        var best = 0;
        var bestD = double.MaxValue;
        for (var i = 0; i < clustered.Count; i++)
        {
            var d = TaskTypeDiscovery.Jaccard(query, clustered[i]);
            if (d < bestD)
                (best, bestD) = (i, d);
        }
        return best;
    }

    private static int[] Signature(Random random, int ids) =>
        [.. Enumerable.Range(0, random.Next(0, 6)).Select(_ => random.Next(ids)).Distinct().Order()];
}
