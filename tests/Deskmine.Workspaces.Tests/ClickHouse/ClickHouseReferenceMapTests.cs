using Deskmine.Mining.Maps;
using Deskmine.Workspaces.Imports;
using Deskmine.Workspaces.Sources;
using Deskmine.Workspaces.Tests.Support;

namespace Deskmine.Workspaces.Tests.ClickHouse;

/// <summary>
/// On a real two-shard cluster: a ClickHouse workspace gives the map of a DuckDB workspace, on every shared reference
/// log, with the aggregates computed on the shards (the map never reads the events into this process).
/// </summary>
[Collection(ClickHouseCollection.Name)]
public class ClickHouseReferenceMapTests(ClickHouseCluster cluster)
{
    public static TheoryData<string> Logs() => ReferenceLogs.Names();

    [SkippableTheory]
    [MemberData(nameof(Logs))]
    public void Map_equals_the_DuckDB_engine(string log)
    {
        Skip.If(log == ReferenceLogs.Missing, ReferenceLogs.Missing);
        var file = Path.Combine(ReferenceLogs.Folder!, log);
        using var dir = new TempDir();
        var duck = dir.File("duck");
        var ch = dir.File("ch");
        ImportRun.Run(duck, new ImportRequest { Path = file });
        WorkspaceCreation.Create(ch, "clickhouse", cluster.Url, "ref_" + Guid.NewGuid().ToString("N")[..12], null);
        ImportRun.Run(ch, new ImportRequest { Path = file });
        var query = LogSources.Query("auto", "auto", ["user", "team"]);

        ProcessMap expected;
        using (var workspace = WorkspaceAccess.OpenForReading(duck))
            expected = ProcessMaps.Discover(LogSources.Read(workspace.Events, query));
        var actual = ProcessMapSources.FromAggregates(ch, query);

        Assert.NotNull(actual);
        MapAssert.Equal(expected, actual!);
        var top = ProcessMapSources.FromAggregates(ch, query, new ProcessMapOptions { MaxVariants = 3 })!;
        Assert.Equal(expected.Variants.Take(3).Select(v => v.Activities), top.Variants.Select(v => v.Activities));
        Assert.Equal(expected.NumVariants, top.NumVariants);
    }
}
