using System.Globalization;
using System.Text;

namespace Deskmine.Storage.ClickHouse;

/// <summary>
/// The ClickHouse dialect of the event store, in one place: the tables, the per-shard views of the discovery
/// aggregates and the queries that merge them. Written for Debian's server 18.16 and what came after: no window
/// functions, no server-side parameters (values go in as escaped literals), no DateTime64 (times are Int64
/// microseconds since the Unix epoch), per-case work on arrays (<c>groupArray</c>, <c>arraySort</c>).
/// </summary>
/// <remarks>
/// Layout: every shard holds <c>events_local</c> and the views over it; the initiator (and every shard) holds
/// <c>events</c>, a <c>Distributed</c> table over the shards' <c>events_local</c>, and one <c>Distributed</c> table
/// per view, so a discovery query runs the view on each shard and only the per-shard aggregates travel to the
/// initiator, which merges them. Events are sharded by person: the sharding key is the imported case id when the
/// event has one (a case must not span shards, or per-shard aggregates would cut it), else the user, else the
/// session. Without a cluster the same names point at the one server's tables.
/// </remarks>
internal static class ClickHouseSql
{
    /// <summary>Columns of <c>events_local</c>, in table order (RowBinary writer and reader follow it).</summary>
    public static readonly (string Name, string Type)[] EventColumns =
    [
        ("row_no", "UInt64"), ("id", "FixedString(16)"), ("session", "String"), ("seq", "Int64"),
        ("ts", "Nullable(Int64)"), ("duration", "Nullable(Int64)"),
        ("user", "Nullable(String)"), ("machine", "Nullable(String)"), ("team", "Nullable(String)"),
        ("source", "String"), ("kind", "String"),
        ("app", "Nullable(String)"), ("window", "Nullable(String)"), ("url", "Nullable(String)"),
        ("target_role", "Nullable(String)"), ("target_name", "Nullable(String)"), ("target_id", "Nullable(String)"), ("target_path", "Nullable(String)"),
        ("x", "Nullable(Int32)"), ("y", "Nullable(Int32)"), ("value", "Nullable(String)"), ("value_hash", "Nullable(String)"),
        ("attr_keys", "Array(String)"), ("attr_values", "Array(String)"),
        ("case_id", "Nullable(String)"), ("activity", "Nullable(String)"), ("source_row", "Nullable(Int64)"),
    ];

    /// <summary>The event column names, quoted, comma-separated.</summary>
    public static string EventColumnList => string.Join(", ", EventColumns.Select(c => Ident(c.Name)));

    /// <summary>Sharding key of <c>events</c>: the person, or the imported case when there is one (see remarks).</summary>
    public const string ShardingKey = "cityHash64(coalesce(case_id, `user`, session))";

    /// <summary>Settings of an insert through the <c>Distributed</c> table: the rows are on their shards when it returns.</summary>
    public static readonly IReadOnlyDictionary<string, object> SyncInsert = new Dictionary<string, object> { ["insert_distributed_sync"] = 1 };

    public static string CreateDatabase(string db) => $"CREATE DATABASE IF NOT EXISTS {Ident(db)}";

    /// <summary>The statements that create one shard's tables and views.</summary>
    public static IEnumerable<string> ShardTables(string db)
    {
        var columns = string.Join(", ", EventColumns.Select(c => $"{Ident(c.Name)} {c.Type}"));
        yield return $"CREATE TABLE IF NOT EXISTS {db}.events_local ({columns}) ENGINE = MergeTree() ORDER BY (session, seq, row_no)";
        foreach (var (name, shape, select) in Views(db))
        {
            yield return $"CREATE VIEW IF NOT EXISTS {db}.{name}_local AS {select}";
            // Empty until the first map builds it; the views after it read it.
            if (name == "cases")
                yield return $"CREATE TABLE IF NOT EXISTS {db}.{CaseArrays} ({shape}) ENGINE = MergeTree() ORDER BY tuple()";
        }
    }

    /// <summary>The statements that create the initiator's tables: side tables, and the Distributed tables when there is a cluster.</summary>
    public static IEnumerable<string> InitiatorTables(string db, string? cluster)
    {
        yield return $"CREATE TABLE IF NOT EXISTS {db}.truth (event_id FixedString(16), task_type String, task_instance String, step String) ENGINE = MergeTree() ORDER BY tuple()";
        yield return $"CREATE TABLE IF NOT EXISTS {db}.derived (run String, gen UInt64, ord UInt64, event_id FixedString(16), segment Nullable(String), task_type Nullable(String), case_id Nullable(String), label Nullable(String)) ENGINE = MergeTree() ORDER BY (run, gen, ord)";
        yield return $"CREATE TABLE IF NOT EXISTS {db}.results (key String, gen UInt64, json String) ENGINE = MergeTree() ORDER BY (key, gen)";
        if (cluster is null)
            yield break;
        var columns = string.Join(", ", EventColumns.Select(c => $"{Ident(c.Name)} {c.Type}"));
        yield return $"CREATE TABLE IF NOT EXISTS {db}.events ({columns}) ENGINE = Distributed({cluster}, {db}, events_local, {ShardingKey})";
        foreach (var (name, shape, _) in Views(db))
            yield return $"CREATE TABLE IF NOT EXISTS {db}.{name} ({shape}) ENGINE = Distributed({cluster}, {db}, {name}_local)";
    }

    /// <summary>The events table to read and write: the Distributed one over a cluster, else the local one.</summary>
    public static string Events(string db, string? cluster) => cluster is null ? $"{db}.events_local" : $"{db}.events";

    /// <summary>A per-shard view, read across the cluster (or locally without one).</summary>
    public static string Across(string db, string? cluster, string view) => cluster is null ? $"{db}.{view}_local" : $"{db}.{view}";

    /// <summary>
    /// The table where each shard keeps the rows of its <c>cases</c> view, built once per state of its events
    /// (<see cref="Stamp"/>): grouping the events by case and sorting them is most of the cost of a map (about 9 s per
    /// 5 M events on this machine's 18.16 server), and the edge, variant and end views read the case arrays; they used to
    /// group the events again each.
    /// </summary>
    public const string CaseArrays = "case_arrays_local";

    private const string CasesShape = "k String, first_row UInt64, acts Array(String), tss Array(Int64), durs Array(Int64), ok Array(UInt8)";

    /// <summary>The table, on each shard, holding the <see cref="Stamp"/> the shard's <see cref="CaseArrays"/> was built at.</summary>
    public const string CaseArraysStamp = "case_arrays_stamp";

    /// <summary>
    /// A text that changes whenever the shard's events change: appends raise the largest row number, deletions lower
    /// the count and the sum of row numbers (row numbers are never reused).
    /// </summary>
    public static string Stamp(string db) =>
        $"SELECT concat(toString(count()), '/', toString(max(row_no)), '/', toString(sum(row_no))) FROM {db}.events_local";

    /// <summary>A new name for a table that replaces <see cref="CaseArrays"/> once filled.</summary>
    public static string FreshCaseArrays() => "case_arrays_" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>The statements that fill <paramref name="fresh"/> with the shard's case arrays, put it in place and record <paramref name="stamp"/>.</summary>
    public static IEnumerable<string> RebuildCaseArrays(string db, string fresh, string stamp)
    {
        yield return $"CREATE TABLE {db}.{fresh} ({CasesShape}) ENGINE = MergeTree() ORDER BY tuple()";
        yield return $"INSERT INTO {db}.{fresh} SELECT * FROM {db}.cases_local";
        yield return $"DROP TABLE IF EXISTS {db}.{CaseArrays}";
        yield return $"RENAME TABLE {db}.{fresh} TO {db}.{CaseArrays}";
        yield return $"DROP TABLE IF EXISTS {db}.{CaseArraysStamp}";
        yield return $"CREATE TABLE {db}.{CaseArraysStamp} (stamp String) ENGINE = TinyLog";
        yield return $"INSERT INTO {db}.{CaseArraysStamp} SELECT {Literal(stamp)}";
    }

    /// <summary>
    /// Settings of a statement with a <c>SELECT</c> inside (<c>INSERT … SELECT</c>): the driver asks for a result format
    /// 18.16 does not have, which such a statement would otherwise try to open.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, object> TextFormat = new Dictionary<string, object> { ["default_format"] = "TSV" };

    /// <summary>The views over <see cref="CaseArrays"/>, to drop where a shard's views predate it (they read <c>cases_local</c> then).</summary>
    public static IEnumerable<string> DropAggregateViews(string db) =>
        Views(db).Where(v => v.Name != "cases").Select(v => $"DROP TABLE IF EXISTS {db}.{v.Name}_local");

    /// <summary>
    /// The views each shard runs. <c>cases</c>: one row per case (imported case id) with its events sorted by time,
    /// then store order, as parallel arrays; a missing time sorts first and leaves its pairs untimed, as in the
    /// in-memory miner. <c>edges</c>, <c>variants</c> and <c>ends</c> aggregate the shard's cases as kept in
    /// <see cref="CaseArrays"/>; <c>activities</c> counts the events.
    /// Times of an interval event count from its end (<c>duration</c>), as pm4py measures them.
    /// </summary>
    private static IEnumerable<(string Name, string Shape, string Select)> Views(string db)
    {
        yield return ("cases", CasesShape,
            $"""
            SELECT k, first_row, arrayMap(e -> e.3, ev) AS acts, arrayMap(e -> e.1, ev) AS tss, arrayMap(e -> e.4, ev) AS durs, arrayMap(e -> e.5, ev) AS ok
            FROM (SELECT assumeNotNull(case_id) AS k, min(row_no) AS first_row,
                         arraySort(groupArray((ifNull(ts, toInt64(-9223372036854775807) - 1), row_no, assumeNotNull(activity), ifNull(duration, toInt64(0)), toUInt8(isNotNull(ts))))) AS ev
                  FROM {db}.events_local WHERE isNotNull(case_id) GROUP BY k)
            """);
        yield return ("edges",
            "src String, tgt String, frequency UInt64, timed UInt64, sum_us Int64, min_us Int64, max_us Int64, durs Array(Int64)",
            $"""
            SELECT src, tgt, count() AS frequency, toUInt64(sum(both)) AS timed, toInt64(sumIf(d, both = 1)) AS sum_us,
                   toInt64(minIf(d, both = 1)) AS min_us, toInt64(maxIf(d, both = 1)) AS max_us, groupArrayIf(d, both = 1) AS durs
            FROM (SELECT src, tgt, ok1 * ok2 AS both, t2 - t1 - d1 AS d FROM {db}.{CaseArrays}
                  ARRAY JOIN arrayPopBack(acts) AS src, arrayPopFront(acts) AS tgt, arrayPopBack(ok) AS ok1, arrayPopFront(ok) AS ok2,
                             arrayPopBack(tss) AS t1, arrayPopFront(tss) AS t2, arrayPopBack(durs) AS d1)
            GROUP BY src, tgt
            """);
        yield return ("variants",
            "acts Array(String), cases UInt64, timed UInt64, sum_us Int64, durs Array(Int64), first_row UInt64, first_case String",
            $"""
            SELECT acts, count() AS cases, toUInt64(sum(all_ts)) AS timed, toInt64(sumIf(dur, all_ts = 1)) AS sum_us, groupArrayIf(dur, all_ts = 1) AS durs,
                   min(first_row) AS first_row, min(k) AS first_case
            FROM (SELECT k, acts, first_row, toUInt8(arrayAll(o -> o = 1, ok)) AS all_ts,
                         arrayReduce('max', arrayMap((t, d) -> t + d, tss, durs)) - tss[1] AS dur
                  FROM {db}.{CaseArrays})
            GROUP BY acts
            """);
        yield return ("activities",
            "activity String, events UInt64, cases UInt64",
            $"SELECT assumeNotNull(activity) AS activity, count() AS events, toUInt64(uniqExact(assumeNotNull(case_id))) AS cases FROM {db}.events_local WHERE isNotNull(case_id) GROUP BY activity");
        yield return ("ends",
            "activity String, starts UInt64, ends UInt64",
            $"""
            SELECT activity, toUInt64(sum(s)) AS starts, toUInt64(sum(e)) AS ends
            FROM (SELECT acts[1] AS activity, 1 AS s, 0 AS e FROM {db}.{CaseArrays}
                  UNION ALL SELECT acts[-1] AS activity, 0 AS s, 1 AS e FROM {db}.{CaseArrays})
            GROUP BY activity
            """);
    }

    /// <summary>The median of a sorted array column as numpy defines it (mean of the two middle values for an even count).</summary>
    public static string Median(string sorted) =>
        $"if(length({sorted}) = 0, nan, (toFloat64({sorted}[intDiv(length({sorted}), 2) + 1]) + toFloat64({sorted}[intDiv(length({sorted}) + 1, 2)])) / 2)";

    /// <summary>Merge of the shards' edges on the initiator.</summary>
    public static string MergeEdges(string db, string? cluster) => $"""
        SELECT src, tgt, f, n, total, lo, hi, {Median("s")}
        FROM (SELECT src, tgt, sum(frequency) AS f, sum(timed) AS n, sum(sum_us) AS total,
                     minIf(min_us, timed > 0) AS lo, maxIf(max_us, timed > 0) AS hi, arraySort(groupArrayArray(durs)) AS s
              FROM {Across(db, cluster, "edges")} GROUP BY src, tgt)
        """;

    /// <summary>Merge of the shards' variants on the initiator: the kept ones in rank order, each with the total count first.</summary>
    public static string MergeVariants(string db, string? cluster, bool firstByName, int? limit)
    {
        var sb = new StringBuilder($"""
            SELECT acts, c, n, total, {Median("s")}
            FROM (SELECT acts, sum(cases) AS c, sum(timed) AS n, sum(sum_us) AS total, arraySort(groupArrayArray(durs)) AS s,
                         min(first_row) AS fr, min(first_case) AS fc
                  FROM {Across(db, cluster, "variants")} GROUP BY acts)
            ORDER BY c DESC, {(firstByName ? "fc" : "fr")} ASC
            """);
        if (limit is { } n)
            sb.Append(" LIMIT ").Append(n.ToString(CultureInfo.InvariantCulture));
        return sb.ToString();
    }

    public static string CountVariants(string db, string? cluster) => $"SELECT count() FROM (SELECT acts FROM {Across(db, cluster, "variants")} GROUP BY acts)";

    public static string MergeActivities(string db, string? cluster) =>
        $"SELECT activity, sum(events), sum(cases) FROM {Across(db, cluster, "activities")} GROUP BY activity";

    public static string MergeEnds(string db, string? cluster) =>
        $"SELECT activity, sum(starts), sum(ends) FROM {Across(db, cluster, "ends")} GROUP BY activity";

    /// <summary>Quotes an identifier.</summary>
    public static string Ident(string name) => "`" + name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("`", "\\`", StringComparison.Ordinal) + "`";

    /// <summary>Quotes a string literal.</summary>
    public static string Literal(string value) => "'" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "'";

    /// <summary>Undoes the escapes of one TSV field (<c>\N</c> stays as it is: callers that read NULLs check it first).</summary>
    public static string UnescapeTsv(string field)
    {
        if (field.IndexOf('\\', StringComparison.Ordinal) < 0)
            return field;
        var sb = new StringBuilder(field.Length);
        for (var i = 0; i < field.Length; i++)
        {
            var c = field[i];
            if (c != '\\' || i + 1 == field.Length)
            {
                sb.Append(c);
                continue;
            }
            var n = field[++i];
            if (n == 'N')
                sb.Append("\\N");
            else
                sb.Append(n switch { 't' => '\t', 'n' => '\n', 'r' => '\r', '0' => '\0', 'b' => '\b', 'f' => '\f', _ => n });
        }
        return sb.ToString();
    }
}
