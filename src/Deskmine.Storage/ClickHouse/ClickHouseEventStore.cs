using System.Globalization;
using Deskmine.Core.Errors;
using Deskmine.Core.Logs;

namespace Deskmine.Storage.ClickHouse;

/// <summary>
/// The event store of a workspace that lives in ClickHouse (<see cref="ClickHouseTarget"/>): events sharded over a
/// cluster's <c>events_local</c> tables behind a <c>Distributed</c> table, ground truth, derived records and results
/// on the initiator. Discovery aggregates run on the shards (<see cref="ILogAggregates"/>); the other reads stream the
/// events into an in-memory DuckDB mirror so that every case notion and classifier means exactly what it means in a
/// DuckDB workspace. Retention and erasure delete by mutations on every shard.
/// </summary>
internal sealed partial class ClickHouseEventStore : IEventStore, ILogAggregates
{
    private const int AppendBatch = 200_000;
    private const int ReadSlice = 1 << 16;
    private readonly ClickHouseServer _server;
    private readonly string _db;
    private readonly string? _cluster;
    private readonly Uri _url;
    private IEventStore? _mirror;

    private ClickHouseEventStore(ClickHouseServer server, Uri url, string db, string? cluster, bool readOnly)
    {
        _server = server;
        _url = url;
        _db = db;
        _cluster = cluster;
        IsReadOnly = readOnly;
    }

    /// <summary>Whether writes are refused.</summary>
    public bool IsReadOnly { get; }

    private string Events => ClickHouseSql.Events(_db, _cluster);

    /// <summary>
    /// Creates the database and tables of <paramref name="target"/> when missing (on every shard of its cluster) and
    /// returns the target with the cluster resolved: the named one, else <see cref="ClickHouseTarget.DefaultCluster"/> when
    /// the server defines it, else none.
    /// </summary>
    /// <exception cref="InputException">No server answers, or the named cluster is not defined.</exception>
    public static ClickHouseTarget Create(ClickHouseTarget target)
    {
        var uri = target.Validate();
        using var server = new ClickHouseServer(uri, null);
        var clusters = server.Rows("SELECT DISTINCT cluster FROM system.clusters").Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
        var cluster = target.Cluster;
        if (cluster is not null && !clusters.Contains(cluster))
            throw new InputException(target.Url, null, "cluster", $"the server defines no cluster '{cluster}' (remote_servers has: {(clusters.Count == 0 ? "none" : string.Join(", ", clusters.Order(StringComparer.Ordinal)))}).");
        if (cluster is null && clusters.Contains(ClickHouseTarget.DefaultCluster))
            cluster = ClickHouseTarget.DefaultCluster;
        var db = target.Database;
        var shards = cluster is null ? [uri] : ShardUrls(server, uri, cluster);
        foreach (var shardUrl in shards)
        {
            using var shard = new ClickHouseServer(shardUrl, null);
            shard.Execute(ClickHouseSql.CreateDatabase(db));
            foreach (var sql in ClickHouseSql.ShardTables(db))
                shard.Execute(sql);
            // Every shard can be an initiator: each gets the Distributed tables too.
            foreach (var sql in ClickHouseSql.InitiatorTables(db, cluster))
                shard.Execute(sql);
        }
        if (!shards.Any(s => s.Authority == uri.Authority))
        {
            server.Execute(ClickHouseSql.CreateDatabase(db));
            foreach (var sql in ClickHouseSql.InitiatorTables(db, cluster))
                server.Execute(sql);
        }
        return target with { Cluster = cluster };
    }

    /// <summary>Opens the store of an existing ClickHouse workspace.</summary>
    /// <exception cref="InputException">No server answers, or the database holds no event store.</exception>
    public static ClickHouseEventStore Open(ClickHouseTarget target, bool readOnly)
    {
        var uri = target.Validate();
        var server = new ClickHouseServer(uri, null);
        try
        {
            var tables = server.Int64($"SELECT count() FROM system.tables WHERE database = {ClickHouseSql.Literal(target.Database)} AND name IN ('events_local', 'results')");
            if (tables < 2)
                throw new InputException(target.Url, null, "database", $"database '{target.Database}' holds no Deskmine event store; create the workspace again with 'deskmine workspace create DIR --engine clickhouse --url URL'.");
            return new ClickHouseEventStore(server, uri, target.Database, target.Cluster, readOnly);
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The HTTP address of each shard of <paramref name="cluster"/>: the shard's macro <c>deskmine_http_url</c> when it
    /// sets one (scripts/clickhouse.sh does), else the shard's host at the initiator's HTTP port.
    /// </summary>
    private static List<Uri> ShardUrls(ClickHouseServer server, Uri initiator, string cluster)
    {
        var urls = new List<Uri>();
        foreach (var row in server.Rows($"SELECT host_address, port FROM system.clusters WHERE cluster = {ClickHouseSql.Literal(cluster)} AND replica_num = 1 ORDER BY shard_num"))
        {
            var address = $"{row[0]}:{row[1]}";
            var macro = server.Rows($"SELECT substitution FROM remote({ClickHouseSql.Literal(address)}, system.macros) WHERE macro = 'deskmine_http_url'");
            var shard = new UriBuilder(macro.Count > 0 ? new Uri(macro[0][0]) : new UriBuilder(initiator) { Host = row[0] }.Uri);
            // The initiator's credentials hold for the whole cluster.
            var user = initiator.UserInfo.Split(':', 2);
            shard.UserName = user[0];
            shard.Password = user.Length > 1 ? user[1] : "";
            urls.Add(shard.Uri);
        }
        return urls;
    }

    /// <inheritdoc/>
    public long Count() => _server.Int64($"SELECT count() FROM {Events}");

    /// <inheritdoc/>
    public EventLog ReadLog(LogQuery query) => Mirror().ReadLog(query);

    /// <summary>
    /// A private in-memory DuckDB copy of the events, truth and derived records, built on first use and dropped on
    /// every write: the non-aggregate reads (logs for mining, analysis and reports) go through it.
    /// </summary>
    private IEventStore Mirror()
    {
        if (_mirror is not null)
            return _mirror;
        var mirror = EventStores.InMemory();
        try
        {
            mirror.Append(ReadEvents());
            mirror.AppendTruth(ReadTruth());
            foreach (var run in _server.Rows($"SELECT DISTINCT run FROM {_db}.derived").Select(r => r[0]))
                mirror.ReplaceDerived(run, ReadDerived(run));
        }
        catch
        {
            mirror.Dispose();
            throw;
        }
        return _mirror = mirror;
    }

    private void Changed()
    {
        if (IsReadOnly)
            throw new InvalidOperationException("The workspace was opened for reading.");
        _mirror?.Dispose();
        _mirror = null;
    }

    public void Dispose()
    {
        _mirror?.Dispose();
        _server.Dispose();
    }

    private static string Hex(Guid id)
    {
        Span<byte> bytes = stackalloc byte[16];
        id.TryWriteBytes(bytes);
        return Convert.ToHexString(bytes);
    }

    private static Guid FromHex(string hex) => new(Convert.FromHexString(hex));

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
