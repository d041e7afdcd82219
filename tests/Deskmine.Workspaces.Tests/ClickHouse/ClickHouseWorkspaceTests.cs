using Deskmine.Core.Errors;
using Deskmine.Core.Events;
using Deskmine.Mining.Maps;
using Deskmine.Storage;
using Deskmine.Storage.Workspaces;
using Deskmine.Workspaces.Imports;
using Deskmine.Workspaces.Sources;
using Deskmine.Workspaces.Tests.Support;

namespace Deskmine.Workspaces.Tests.ClickHouse;

/// <summary>A ClickHouse workspace on a real two-shard cluster: what it stores, where, and how it fails.</summary>
[Collection(ClickHouseCollection.Name)]
public class ClickHouseWorkspaceTests(ClickHouseCluster cluster)
{
    private static readonly string Csv = string.Join('\n',
        "case_id,activity,timestamp,user",
        "c1,Receive,2024-03-04T09:00:00Z,ann",
        "c1,Check,2024-03-04T09:05:00Z,bob",
        "c1,Pay,2024-03-04T09:30:00Z,ann",
        "c2,Receive,2024-03-04T10:00:00Z,cid",
        "c2,Pay,2024-03-04T10:10:00Z,cid",
        "c3,Receive,2024-03-04T11:00:00Z,dan",
        "c3,Check,2024-03-04T11:20:00Z,dan",
        "c3,Check,2024-03-04T11:21:00Z,eve",
        "c3,Pay,2024-03-04T12:00:00Z,dan",
        "c4,Receive,2024-03-05T08:00:00Z,fay",
        "c4,Pay,2024-03-05T08:30:00Z,fay") + "\n";

    private static string Database() => "t_" + Guid.NewGuid().ToString("N")[..12];

    [Fact]
    public void Create_writes_workspace_json_naming_the_server_database_and_cluster()
    {
        using var dir = new TempDir();
        var db = Database();
        var info = WorkspaceCreation.Create(dir.File("ws"), "clickhouse", cluster.Url, db, null);

        Assert.Equal("clickhouse", info.Engine);
        Assert.Equal(db, info.ClickHouse!.Database);
        Assert.Equal("deskmine", info.ClickHouse.Cluster);
        using var workspace = WorkspaceAccess.OpenForReading(dir.File("ws"));
        Assert.Equal("clickhouse", workspace.Info.Engine);
        Assert.Equal(0, workspace.Events.Count());
        foreach (var shard in cluster.ShardUrls)
            Assert.Equal("1", ClickHouseCluster.Query(shard, $"SELECT count() FROM system.tables WHERE database = '{db}' AND name = 'events_local'"));
    }

    [Fact]
    public void Import_then_read_returns_the_events_the_DuckDB_engine_returns_and_the_same_map()
    {
        using var dir = new TempDir();
        var file = dir.File("log.csv");
        File.WriteAllText(file, Csv);
        WorkspaceCreation.Create(dir.File("ch"), "clickhouse", cluster.Url, Database(), null);
        var imported = ImportRun.Run(dir.File("ch"), new ImportRequest { Path = file });
        ImportRun.Run(dir.File("duck"), new ImportRequest { Path = file });

        using var ch = WorkspaceAccess.OpenForReading(dir.File("ch"));
        using var duck = WorkspaceAccess.OpenForReading(dir.File("duck"));
        Assert.Equal(11, ch.Events.Count());
        Assert.Single(ch.Imports.Files);
        Assert.Equal(duck.Events.ReadEvents().Select(Comparable), ch.Events.ReadEvents().Select(Comparable));
        var query = LogSources.Query("auto", "auto", []);
        MapAssert.Equal(ProcessMaps.Discover(LogSources.Read(duck.Events, query)), ProcessMapSources.FromAggregates((ILogAggregates)ch.Events, query)!);
        // A query the aggregates do not answer reads the log, with the same meaning as on DuckDB.
        var byUser = LogSources.Query("user", "activity", ["team"]);
        Assert.Null(((ILogAggregates)ch.Events).Aggregate(byUser, null));
        MapAssert.Equal(ProcessMaps.Discover(LogSources.Read(duck.Events, byUser)), ProcessMaps.Discover(LogSources.Read(ch.Events, byUser)));
        Assert.Equal(11, imported.Imported);
    }

    [Fact]
    public void Events_spread_over_both_shards_and_no_case_spans_two()
    {
        using var dir = new TempDir();
        var file = dir.File("log.csv");
        var lines = new List<string> { "case_id,activity,timestamp,user" };
        for (var c = 0; c < 200; c++)
        {
            lines.Add($"k{c},A,2024-03-04T09:00:00Z,u{c % 7}");
            lines.Add($"k{c},B,2024-03-04T09:01:00Z,u{(c + 1) % 7}");
        }
        File.WriteAllText(file, string.Join('\n', lines) + "\n");
        var db = Database();
        WorkspaceCreation.Create(dir.File("ch"), "clickhouse", cluster.Url, db, null);
        ImportRun.Run(dir.File("ch"), new ImportRequest { Path = file });

        var perShard = cluster.ShardUrls.Select(u => long.Parse(ClickHouseCluster.Query(u, $"SELECT count() FROM {db}.events_local"), System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(400, perShard.Sum());
        Assert.All(perShard, n => Assert.InRange(n, 100, 300));
        var cases = cluster.ShardUrls.Select(u => ClickHouseCluster.Query(u, $"SELECT DISTINCT case_id FROM {db}.events_local").Split('\n').ToHashSet()).ToArray();
        Assert.Empty(cases[0].Intersect(cases[1]));
    }

    [Fact]
    public void Ingest_appends_only_new_events_and_reports_sessions()
    {
        using var dir = new TempDir();
        WorkspaceCreation.Create(dir.File("ch"), "clickhouse", cluster.Url, Database(), null);
        var batch = Enumerable.Range(0, 5).Select(i => new UiEvent
        {
            Id = Guid.NewGuid(), Session = "s1", Seq = i == 4 ? 6 : i, Ts = 1_700_000_000_000_000 + i, Source = "x11", Kind = "click", App = "app",
            Attrs = i == 0 ? new Dictionary<string, string> { ["k"] = "v\t'quoted'" } : null,
        }).ToList();
        using var workspace = WorkspaceAccess.OpenForWriting(dir.File("ch"));

        Assert.Equal(5, workspace.Events.AppendNew(batch));
        Assert.Equal(0, workspace.Events.AppendNew(batch));
        Assert.Equal(5, workspace.Events.Count());
        var session = Assert.Single(workspace.Events.ReadSessions());
        Assert.Equal(5, session.Events);
        Assert.Equal(new SeqRange(4, 5), Assert.Single(session.Missing));
        Assert.Equal("v\t'quoted'", workspace.Events.ReadEvents().Single(e => e.Id == batch[0].Id).Attrs!["k"]);
    }

    [Fact]
    public void Results_and_derived_runs_are_replaced_not_accumulated()
    {
        using var dir = new TempDir();
        WorkspaceCreation.Create(dir.File("ch"), "clickhouse", cluster.Url, Database(), null);
        using var workspace = WorkspaceAccess.OpenForWriting(dir.File("ch"));
        var store = workspace.Events;

        Assert.Null(store.GetResult("map"));
        store.PutResult("map", "{\"a\":1}");
        store.PutResult("map", "{\"a\":2}");
        Assert.Equal("{\"a\":2}", store.GetResult("map"));
        var first = new[] { new DerivedRecord(Guid.NewGuid(), "s1", "t", null, "x"), new DerivedRecord(Guid.NewGuid(), "s2", null, "c", null) };
        store.ReplaceDerived("run", first);
        Assert.Equal(first, store.ReadDerived("run"));
        store.ReplaceDerived("run", []);
        Assert.Empty(store.ReadDerived("run"));
        var truth = new TruthRecord(Guid.NewGuid(), "type", "instance", "step");
        store.AppendTruth([truth]);
        Assert.Equal(truth, Assert.Single(store.ReadTruth()));
    }

    [Fact]
    public void Result_rows_read_back_and_are_replaced_as_a_document()
    {
        using var dir = new TempDir();
        WorkspaceCreation.Create(dir.File("ch"), "clickhouse", cluster.Url, Database(), null);
        using var workspace = WorkspaceAccess.OpenForWriting(dir.File("ch"));
        var store = workspace.Events;
        var rows = new Dictionary<string, string> { ["click Chrome [Form] 'Save'"] = "Chrome – Form: click 'Save'", ["a\tb"] = "ä \"q\"" };

        Assert.Null(store.GetResultRows("names"));
        store.PutResultRows("names", new Dictionary<string, string> { ["old"] = "row" });
        store.PutResultRows("names", rows);

        Assert.Equal(rows, store.GetResultRows("names"));
    }

    [Fact]
    public void Retention_deletes_what_the_DuckDB_engine_deletes_on_every_shard_with_truth_and_derived_records()
    {
        using var dir = new TempDir();
        var (ch, duck) = Twins(dir);
        var before = DateTimeOffset.Parse("2024-03-04T10:30:00Z", System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeMilliseconds() * 1000;

        AssertSameRemoval(ch, duck, store => store.RemoveBefore(before), expected: 5);
    }

    [Fact]
    public void Erasure_deletes_a_persons_events_as_the_DuckDB_engine_does_and_leaves_the_others()
    {
        using var dir = new TempDir();
        var (ch, duck) = Twins(dir);

        AssertSameRemoval(ch, duck, store => store.RemoveUser("dan"), expected: 3);
        using var workspace = WorkspaceAccess.OpenForWriting(ch);
        Assert.DoesNotContain(workspace.Events.ReadEvents(), e => e.User == "dan");
        Assert.Equal(0, workspace.Events.RemoveUser("nobody"));
        Assert.Equal(8, workspace.Events.Count());
    }

    /// <summary>A ClickHouse and a DuckDB workspace with the same events, each with truth and a derived run naming every event.</summary>
    private (string ClickHouse, string DuckDb) Twins(TempDir dir)
    {
        var file = dir.File("log.csv");
        File.WriteAllText(file, Csv);
        WorkspaceCreation.Create(dir.File("ch"), "clickhouse", cluster.Url, Database(), null);
        foreach (var ws in new[] { dir.File("ch"), dir.File("duck") })
        {
            ImportRun.Run(ws, new ImportRequest { Path = file });
            using var workspace = WorkspaceAccess.OpenForWriting(ws);
            var events = workspace.Events.ReadEvents().ToList();
            workspace.Events.AppendTruth(events.Select(e => new TruthRecord(e.Id, "type", e.CaseId!, e.Activity!)));
            workspace.Events.ReplaceDerived("run", events.Select(e => new DerivedRecord(e.Id, e.CaseId, null, e.CaseId, e.Activity)));
        }
        return (dir.File("ch"), dir.File("duck"));
    }

    private void AssertSameRemoval(string ch, string duck, Func<IEventStore, long> remove, long expected)
    {
        var query = LogSources.Query("auto", "auto", []);
        // A map before the removal, so that the shards' case arrays exist and must be rebuilt after it.
        Assert.NotNull(ProcessMapSources.FromAggregates(ch, query));
        long removedCh, removedDuck;
        using (var workspace = WorkspaceAccess.OpenForWriting(ch))
            removedCh = remove(workspace.Events);
        using (var workspace = WorkspaceAccess.OpenForWriting(duck))
            removedDuck = remove(workspace.Events);

        Assert.Equal(expected, removedDuck);
        Assert.Equal(removedDuck, removedCh);
        using var chStore = WorkspaceAccess.OpenForReading(ch);
        using var duckStore = WorkspaceAccess.OpenForReading(duck);
        Assert.Equal(11 - expected, chStore.Events.Count());
        var perShard = cluster.ShardUrls.Sum(u => long.Parse(ClickHouseCluster.Query(u, $"SELECT count() FROM {chStore.Info.ClickHouse!.Database}.events_local"), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(11 - expected, perShard);
        Assert.Equal(duckStore.Events.ReadEvents().Select(Comparable), chStore.Events.ReadEvents().Select(Comparable));
        var kept = chStore.Events.ReadEvents().Select(e => e.Id).ToHashSet();
        Assert.Equal(11 - expected, chStore.Events.ReadTruth().Count());
        Assert.All(chStore.Events.ReadTruth(), t => Assert.Contains(t.EventId, kept));
        Assert.Equal(kept.Order(), chStore.Events.ReadDerived("run").Select(d => d.EventId).Order());
        MapAssert.Equal(ProcessMaps.Discover(LogSources.Read(duckStore.Events, query)), ProcessMapSources.FromAggregates((ILogAggregates)chStore.Events, query)!);
    }

    [Fact]
    public void A_url_where_no_server_answers_is_a_clear_error_and_creates_nothing()
    {
        using var dir = new TempDir();
        var e = Assert.Throws<InputException>(() => WorkspaceCreation.Create(dir.File("ws"), "clickhouse", "http://127.0.0.1:1/", null, null));
        Assert.Contains("http://127.0.0.1:1/", e.Message, StringComparison.Ordinal);
        Assert.Contains("no ClickHouse server answers", e.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(dir.File("ws"), Workspace.InfoFileName)));
    }

    [Theory]
    [InlineData("127.0.0.1:8123", "url")]
    [InlineData("ftp://127.0.0.1/", "url")]
    public void An_address_that_is_not_http_is_refused(string url, string field)
    {
        using var dir = new TempDir();
        var e = Assert.Throws<InputException>(() => WorkspaceCreation.Create(dir.File("ws"), "clickhouse", url, null, null));
        Assert.Equal(field, e.Column);
    }

    [Fact]
    public void A_database_name_that_needs_quoting_and_an_unknown_cluster_are_refused()
    {
        using var dir = new TempDir();
        Assert.Equal("database", Assert.Throws<InputException>(() => WorkspaceCreation.Create(dir.File("a"), "clickhouse", cluster.Url, "x; DROP", null)).Column);
        var e = Assert.Throws<InputException>(() => WorkspaceCreation.Create(dir.File("b"), "clickhouse", cluster.Url, Database(), "nosuch"));
        Assert.Equal("cluster", e.Column);
        Assert.Contains("deskmine", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_workspace_whose_database_was_dropped_says_so_when_opened()
    {
        using var dir = new TempDir();
        var db = Database();
        WorkspaceCreation.Create(dir.File("ch"), "clickhouse", cluster.Url, db, null);
        foreach (var shard in cluster.ShardUrls)
            ClickHouseCluster.Query(shard, $"DROP DATABASE {db}");

        var e = Assert.Throws<InputException>(() => WorkspaceAccess.OpenForReading(dir.File("ch")));
        Assert.Contains($"database '{db}' holds no Deskmine event store", e.Message, StringComparison.Ordinal);
    }

    // Ids differ: each import draws its own.
    private static string Comparable(UiEvent e) => string.Join('|', e.Session, e.Seq, e.Ts, e.Duration, e.User, e.Machine, e.Team, e.Source, e.Kind,
        e.App, e.Window, e.Url, e.TargetRole, e.TargetName, e.TargetId, e.TargetPath, e.X, e.Y, e.Value, e.ValueHash, e.CaseId, e.Activity, e.SourceRow,
        e.Attrs is null ? "-" : string.Join(',', e.Attrs.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value)));
}
