using System.Globalization;
using Deskmine.Core.Errors;
using Deskmine.Core.Events;
using Deskmine.Storage.DuckDb;
using DuckDB.NET.Data;

namespace Deskmine.Storage.Formats.Parquet;

/// <summary>
/// Reads a Parquet event log with DuckDB's Parquet reader, streaming row groups. Columns named as schema v1 fields
/// (what <see cref="ParquetWriter"/> and the CSV export write) fill those fields; the XES-style names that pandas and
/// pm4py write (<c>case:concept:name</c>, <c>concept:name</c>, <c>time:timestamp</c>, <c>org:resource</c>) fill
/// <c>case_id</c>, <c>activity</c>, <c>ts</c> and <c>user</c>; every other column goes to <c>attrs</c> under its name.
/// Timestamp columns are read as UTC instants; text columns holding times are parsed like CSV cells.
/// </summary>
public static class ParquetReader
{
    /// <summary>Source given to rows whose file has no <c>source</c> value.</summary>
    public const string SourceName = "import:parquet";

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["case:concept:name"] = "case_id",
        ["concept:name"] = "activity",
        ["time:timestamp"] = "ts",
        ["org:resource"] = "user",
    };

    /// <summary>Whether the file starts with Parquet's magic bytes <c>PAR1</c>.</summary>
    public static bool HasMagic(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var file = File.OpenRead(path);
        Span<byte> head = stackalloc byte[4];
        return file.ReadAtLeast(head, 4, throwOnEndOfStream: false) == 4 && head.SequenceEqual("PAR1"u8);
    }

    /// <summary>Reads the file at <paramref name="path"/>, lazily.</summary>
    /// <exception cref="InputException">The file is not Parquet (or is damaged), or a value does not fit its field.</exception>
    public static IEnumerable<UiEvent> Read(string path, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= ImportOptions.Default;
        options.Validate();
        InputFiles.RequireFile(path);
        return Rows(path, options.SessionFor(path));
    }

    private static IEnumerable<UiEvent> Rows(string path, string session)
    {
        using var connection = ScratchDatabase.Open(null);
        var columns = Describe(connection, path);
        var select = string.Join(", ", columns.Select(c => c.IsTime
            ? $"epoch_us({DuckDbSchema.Ident(c.Name)})"
            : $"CAST({DuckDbSchema.Ident(c.Name)} AS VARCHAR)"));
        using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT {select} FROM read_parquet({DuckDbSchema.Literal(Path.GetFullPath(path))})";
        cmd.UseStreamingMode = true;
        using var reader = Run(path, cmd.ExecuteReader);
        var ids = new ImportIds();
        var fields = columns.Select(c => Aliases.GetValueOrDefault(c.Name, c.Name)).ToArray();
        var isField = fields.Select(f => UiEventFields.All.Contains(f)).ToArray();
        var hasSession = fields.Contains("session");
        long row = 0;
        while (Run(path, reader.Read))
        {
            var draft = new UiEventDraft();
            for (var c = 0; c < columns.Count; c++)
            {
                if (reader.IsDBNull(c))
                    continue;
                if (columns[c].IsTime && fields[c] == "ts")
                {
                    draft.Ts = reader.GetInt64(c);
                    continue;
                }
                var text = columns[c].IsTime
                    ? Core.Timestamps.ToIso(reader.GetInt64(c))
                    : reader.GetString(c);
                if (!isField[c])
                    draft.Attr(columns[c].Name, text);
                else if (draft.Set(fields[c], text) is { } problem)
                    throw new InputException(path, row + 1, columns[c].Name, $"row {(row + 1).ToString(CultureInfo.InvariantCulture)}: {problem}");
            }
            if (draft.Session is null && hasSession)
                draft.Session = "";
            yield return draft.Build(ids, session, row, SourceName, EventKinds.Activity, null);
            row++;
        }
    }

    private static List<(string Name, bool IsTime)> Describe(DuckDBConnection connection, string path)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = $"DESCRIBE SELECT * FROM read_parquet({DuckDbSchema.Literal(Path.GetFullPath(path))})";
        using var reader = Run(path, cmd.ExecuteReader);
        var columns = new List<(string, bool)>();
        while (reader.Read())
        {
            var type = reader.GetString(1);
            columns.Add((reader.GetString(0), type.StartsWith("TIMESTAMP", StringComparison.Ordinal) || type == "DATE"));
        }
        return columns;
    }

    // DuckDB names the damage ("No magic bytes found at end of file", "Invalid Input Error: …"); the message keeps it.
    private static T Run<T>(string path, Func<T> step)
    {
        try
        {
            return step();
        }
        catch (DuckDBException e)
        {
            throw new InputException(path, null, null, $"is not a readable Parquet file: {e.Message}", e);
        }
    }
}
