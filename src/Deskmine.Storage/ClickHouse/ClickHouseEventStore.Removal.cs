using System.Diagnostics;

namespace Deskmine.Storage.ClickHouse;

internal sealed partial class ClickHouseEventStore
{
    /// <summary>How long a removal waits for the shards to finish rewriting their parts.</summary>
    private static readonly TimeSpan MutationTimeout = TimeSpan.FromMinutes(30);

    /// <inheritdoc/>
    public long RemoveBefore(long timestamp) => Remove($"ts < {Number(timestamp)}");

    /// <inheritdoc/>
    public long RemoveUser(string user)
    {
        ArgumentException.ThrowIfNullOrEmpty(user);
        return Remove($"`user` = {ClickHouseSql.Literal(user)}");
    }

    /// <summary>
    /// Deletes the events matching <paramref name="where"/> with their ground truth and derived records, by
    /// <c>ALTER TABLE … DELETE</c> mutations: truth and derived on the initiator first (they find their events through the
    /// <c>Distributed</c> table), then <c>events_local</c> on every shard; returns when every shard has rewritten its
    /// parts, so a following read no longer sees the rows. Unlike the DuckDB engine there is no transaction: a removal
    /// that fails midway is repeated by running it again (it deletes what is left).
    /// </summary>
    private long Remove(string where)
    {
        Changed();
        var count = _server.Int64($"SELECT count() FROM {Events} WHERE {where}");
        if (count == 0)
            return 0;
        var ids = $"event_id IN (SELECT id FROM {Events} WHERE {where})";
        foreach (var table in new[] { "truth", "derived" })
        {
            _server.Execute($"ALTER TABLE {_db}.{table} DELETE WHERE {ids}");
            WaitForMutations(_server, table);
        }
        var shards = _cluster is null ? [_url] : ShardUrls(_server, _url, _cluster);
        foreach (var url in shards)
        {
            using var shard = new ClickHouseServer(url, null);
            shard.Execute($"ALTER TABLE {_db}.events_local DELETE WHERE {where}");
        }
        foreach (var url in shards)
        {
            using var shard = new ClickHouseServer(url, null);
            WaitForMutations(shard, "events_local");
        }
        return count;
    }

    /// <summary>Waits until <paramref name="server"/> has no unfinished mutation of <paramref name="table"/> (18.16 has no synchronous mutations).</summary>
    /// <exception cref="ClickHouseStoreException">The mutations did not finish within <see cref="MutationTimeout"/>.</exception>
    private void WaitForMutations(ClickHouseServer server, string table)
    {
        var sql = $"SELECT count() FROM system.mutations WHERE database = {ClickHouseSql.Literal(_db)} AND table = {ClickHouseSql.Literal(table)} AND is_done = 0";
        var clock = Stopwatch.StartNew();
        var pause = 20;
        while (server.Int64(sql) > 0)
        {
            if (clock.Elapsed > MutationTimeout)
                throw new ClickHouseStoreException(server.Url, $"the deletion from {_db}.{table} did not finish within {MutationTimeout.TotalMinutes} minutes; it goes on in the server (system.mutations).", null);
            Thread.Sleep(pause);
            pause = Math.Min(pause * 2, 1000);
        }
    }
}
