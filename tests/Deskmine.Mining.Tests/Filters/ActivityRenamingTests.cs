using Deskmine.Mining.Filters;
using Deskmine.Mining.Maps;

namespace Deskmine.Mining.Tests.Filters;

public sealed class ActivityRenamingTests
{
    [Fact]
    public void Activities_renamed_alike_become_one_and_everything_else_stays()
    {
        var log = Some.Log(("c1", "copy A1", 0, "ann"), ("c1", "copy A2", 1, "ann"), ("c1", "paste", 2, "ann"), ("c2", "paste", 3, "bob"));

        var renamed = new ActivityRenaming(name => name.StartsWith("copy", StringComparison.Ordinal) ? "copy cell" : name).Apply(log);

        Assert.Equal(["copy cell", "copy cell", "paste", "paste"], renamed.Activities.Select(a => renamed.ActivityNames[a]));
        Assert.Equal(log.Timestamps, renamed.Timestamps);
        Assert.Equal(log.CaseIds, renamed.CaseIds);
        Assert.Same(log.Attributes, renamed.Attributes);
        var map = ProcessMaps.Discover(renamed);
        Assert.Equal(2, map.Activities.Count);
        Assert.Contains(map.Edges, e => e.Source == "copy cell" && e.Target == "copy cell" && e.Frequency == 1);
    }
}
