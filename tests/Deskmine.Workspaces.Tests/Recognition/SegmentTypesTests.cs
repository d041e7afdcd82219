using Deskmine.Workspaces.Recognition;

namespace Deskmine.Workspaces.Tests.Recognition;

public sealed class SegmentTypesTests
{
    [Theory]
    [InlineData("s000000", 4)]
    [InlineData("s000002", 1)]
    [InlineData("s000003", null)]
    [InlineData("x000001", null)]
    [InlineData("s-00001", null)]
    [InlineData("s", null)]
    public void A_segment_id_gives_its_type_index_or_nothing(string segment, int? expected)
    {
        var types = new SegmentTypes([4, 0, 1]);

        Assert.Equal(expected, types.TypeOf(segment));
    }
}
