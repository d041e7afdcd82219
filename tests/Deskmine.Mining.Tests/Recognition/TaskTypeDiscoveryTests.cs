using Deskmine.Mining.Recognition;

namespace Deskmine.Mining.Tests.Recognition;

public sealed class TaskTypeDiscoveryTests
{
    private static List<IReadOnlyList<string>> Segments(int oddOnes)
    {
        var list = new List<IReadOnlyList<string>>();
        for (var i = 0; i < 50; i++)
        {
            list.Add(["open mail", "copy number", "post invoice"]);
            list.Add(["open ticket", "set priority", "assign team"]);
        }
        for (var i = 0; i < oddOnes; i++)
            list.Add(["open calendar", "book room"]);
        return list;
    }

    [Fact]
    public void A_group_below_the_minimum_share_joins_the_nearest_type()
    {
        var types = TaskTypeDiscovery.Discover(Segments(oddOnes: 1), RecognitionOptions.Default);

        Assert.Equal(2, types.Distinct().Count());
    }

    [Fact]
    public void A_group_at_the_minimum_share_is_a_type_of_its_own()
    {
        var types = TaskTypeDiscovery.Discover(Segments(oddOnes: 3), RecognitionOptions.Default);

        Assert.Equal(3, types.Distinct().Count());
    }

    [Fact]
    public void Without_a_minimum_share_every_separate_group_is_a_type()
    {
        var types = TaskTypeDiscovery.Discover(Segments(oddOnes: 1), RecognitionOptions.Default with { MinTypeShare = 0 });

        Assert.Equal(3, types.Distinct().Count());
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.0)]
    public void An_invalid_minimum_share_is_rejected_by_name(double share)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => (RecognitionOptions.Default with { MinTypeShare = share }).Validate());
        Assert.Equal(nameof(RecognitionOptions.MinTypeShare), e.ParamName);
    }
}
