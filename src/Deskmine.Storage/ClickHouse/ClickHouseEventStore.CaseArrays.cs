namespace Deskmine.Storage.ClickHouse;

internal sealed partial class ClickHouseEventStore
{
    /// <summary>
    /// Brings every shard's <see cref="ClickHouseSql.CaseArrays"/> up to date with its events, the shards side by side:
    /// a shard whose recorded stamp matches its events keeps its table; the others rebuild it through a fresh table. A
    /// shard whose views predate the table (a workspace made by an older version) gets them anew first.
    /// </summary>
    /// <remarks>
    /// Two processes that rebuild at once both succeed (each through its own table); a query that runs while a rebuild
    /// swaps the table may fail with "table doesn't exist" and can be repeated. Reads see the events as of the stamp.
    /// </remarks>
    private void RefreshCaseArrays()
    {
        var shards = _cluster is null ? [_url] : ShardUrls(_server, _url, _cluster);
        try
        {
            Parallel.ForEach(shards, new ParallelOptions { MaxDegreeOfParallelism = shards.Count }, Refresh);
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            // The first shard's failure, as its own exception (an unreachable shard is an InputException naming it).
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
    }

    private void Refresh(Uri url)
    {
        using var shard = new ClickHouseServer(url, null);
        var db = ClickHouseSql.Literal(_db);
        var tables = shard.Rows($"SELECT name FROM system.tables WHERE database = {db} AND name IN ('{ClickHouseSql.CaseArrays}', '{ClickHouseSql.CaseArraysStamp}')")
            .Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
        if (!tables.Contains(ClickHouseSql.CaseArrays))
        {
            foreach (var sql in ClickHouseSql.DropAggregateViews(_db).Concat(ClickHouseSql.ShardTables(_db)))
                shard.Execute(sql);
        }
        var stamp = shard.Rows(ClickHouseSql.Stamp(_db))[0][0];
        if (tables.Contains(ClickHouseSql.CaseArraysStamp)
            && shard.Rows($"SELECT stamp FROM {_db}.{ClickHouseSql.CaseArraysStamp}").Select(r => r[0]).SequenceEqual([stamp]))
            return;
        var fresh = ClickHouseSql.FreshCaseArrays();
        try
        {
            foreach (var sql in ClickHouseSql.RebuildCaseArrays(_db, fresh, stamp))
                shard.Execute(sql, ClickHouseSql.TextFormat);
        }
        catch
        {
            shard.Execute($"DROP TABLE IF EXISTS {_db}.{fresh}");
            throw;
        }
    }
}
