using Deskmine.Core.Events;
using Deskmine.Storage.DuckDb;
using DuckDB.NET.Data;

namespace Deskmine.Storage.Formats.Parquet;

/// <summary>
/// Writes events as Parquet with the columns of the CSV export (<see cref="CsvWriter"/>), typed: <c>seq</c>,
/// <c>duration</c> and <c>source_row</c> BIGINT, <c>x</c> and <c>y</c> INTEGER, <c>ts</c> a UTC timestamp with
/// microseconds, everything else text (<c>attrs</c> the same JSON object as in CSV). DuckDB's own Parquet writer
/// does the encoding: the rows go through an appender into a scratch database that spills to disk beyond its memory
/// limit, then one <c>COPY … TO</c> writes the file, so memory stays bounded whatever the log's size.
/// <see cref="ParquetReader"/> reads it back.
/// </summary>
public static class ParquetWriter
{
    /// <summary>How often progress is reported, in rows.</summary>
    public const int ProgressInterval = 100_000;

    /// <summary>Writes <paramref name="events"/> to <paramref name="path"/> (replacing it); returns the number of rows.</summary>
    /// <param name="events">The events, in the order to write.</param>
    /// <param name="path">The Parquet file.</param>
    /// <param name="options">Extra columns after the schema fields (as in the CSV export); the delimiter is ignored.</param>
    /// <param name="progress">Told the number of rows staged so far.</param>
    public static long Write(IEnumerable<UiEvent> events, string path, CsvExportOptions? options = null, IProgress<long>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(path);
        options ??= CsvExportOptions.Default;
        options.Validate();
        var fields = UiEventFields.All;
        var extras = options.ExtraColumns;
        var full = Path.GetFullPath(path);
        var scratch = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        using var connection = ScratchDatabase.Open(scratch);
        try
        {
            Execute(connection, "CREATE TABLE rows (" + string.Join(", ", fields.Concat(extras).Select(c => DuckDbSchema.Ident(c) + " " + StagedType(c))) + ")");
            long count = 0;
            using (var appender = connection.CreateAppender("rows"))
            {
                foreach (var e in events)
                {
                    var row = appender.CreateRow();
                    foreach (var field in fields)
                        Append(row, e, field);
                    if (extras.Count > 0)
                    {
                        var values = options.ExtraValues!(e);
                        if (values.Count != extras.Count)
                            throw new InvalidOperationException($"ExtraValues returned {values.Count} values for {extras.Count} extra columns.");
                        foreach (var value in values)
                            row.AppendValue(value);
                    }
                    row.EndRow();
                    if (++count % ProgressInterval == 0)
                        progress?.Report(count);
                }
                appender.Close();
            }
            progress?.Report(count);
            var columns = string.Join(", ", fields.Concat(extras).Select(c => c == "ts"
                ? "make_timestamp(ts)::TIMESTAMPTZ AS ts"
                : DuckDbSchema.Ident(c)));
            File.Delete(full);
            Execute(connection, $"COPY (SELECT {columns} FROM rows) TO {DuckDbSchema.Literal(full)} (FORMAT PARQUET, COMPRESSION ZSTD, ROW_GROUP_SIZE 122880)");
            return count;
        }
        finally
        {
            connection.Dispose();
            ScratchDatabase.Delete(scratch);
        }
    }

    private static string StagedType(string column) => column switch
    {
        "seq" or "duration" or "source_row" or "ts" => "BIGINT",
        "x" or "y" => "INTEGER",
        _ => "VARCHAR",
    };

    private static void Append(IDuckDBAppenderRow row, UiEvent e, string field)
    {
        switch (field)
        {
            case "seq": row.AppendValue((long?)e.Seq); break;
            case "ts": row.AppendValue(e.Ts); break;
            case "duration": row.AppendValue(e.Duration); break;
            case "source_row": row.AppendValue(e.SourceRow); break;
            case "x": row.AppendValue(e.X); break;
            case "y": row.AppendValue(e.Y); break;
            default: row.AppendValue(UiEventFields.Get(e, field)); break;
        }
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
