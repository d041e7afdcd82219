using Deskmine.Core.Events;
using Deskmine.Storage.Workspaces;

namespace Deskmine.Storage.ClickHouse;

internal sealed partial class ClickHouseEventStore
{
    /// <summary>Streams every event in store order (<c>row_no</c>), one slice of row numbers per query.</summary>
    public IEnumerable<UiEvent> ReadEvents()
    {
        var last = _server.Int64($"SELECT if(count() = 0, -1, toInt64(max(row_no))) FROM {Events}");
        for (var lo = 0L; lo <= last; lo += ReadSlice)
        {
            var sql = $"SELECT {ClickHouseSql.EventColumnList} FROM {Events} WHERE row_no >= {Number(lo)} AND row_no < {Number(lo + ReadSlice)} ORDER BY row_no";
            var slice = _server.Binary(sql, Buffer);
            slice.Position = 0;
            using var reader = new BinaryReader(slice, System.Text.Encoding.UTF8);
            while (slice.Position < slice.Length)
                yield return RowBinary.ReadEvent(reader);
        }
    }

    /// <inheritdoc/>
    public IReadOnlyList<SessionSequence> ReadSessions() =>
        SessionSequence.From(_server.Rows($"SELECT session, seq FROM {Events}").Select(r => (r[0], long.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture))));

    /// <inheritdoc/>
    public IEnumerable<TruthRecord> ReadTruth() =>
        _server.Rows($"SELECT hex(event_id), task_type, task_instance, step FROM {_db}.truth")
            .Select(r => new TruthRecord(FromHex(r[0]), r[1], r[2], r[3]));

    /// <inheritdoc/>
    public IReadOnlyList<DerivedRecord> ReadDerived(string run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var name = ClickHouseSql.Literal(run);
        return _server.Rows($"""
            SELECT hex(event_id), segment, task_type, case_id, label FROM {_db}.derived
            WHERE run = {name} AND gen = (SELECT max(gen) FROM {_db}.derived WHERE run = {name}) AND ord != 18446744073709551615
            ORDER BY ord
            """)
            .Select(r => new DerivedRecord(FromHex(r[0]), Null(r[1]), Null(r[2]), Null(r[3]), Null(r[4])))
            .ToList();
    }

    /// <inheritdoc/>
    public string? GetResult(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var rows = _server.Rows($"SELECT argMax(json, gen) FROM {_db}.results WHERE key = {ClickHouseSql.Literal(key)} HAVING count() > 0");
        return rows.Count == 0 ? null : rows[0][0];
    }

    private static MemoryStream Buffer(Stream stream)
    {
        var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy;
    }

    // TSV writes NULL as \N, which the unescaping keeps as it is.
    private static string? Null(string field) => field == "\\N" ? null : field;
}
