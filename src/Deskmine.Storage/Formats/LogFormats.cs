using System.IO.Compression;
using System.Text;
using Deskmine.Core.Errors;

namespace Deskmine.Storage.Formats;

/// <summary>The log formats Deskmine reads, and detection of a file's format from its name and first line.</summary>
public static class LogFormats
{
    /// <summary>Action Logger / SmartRPA UI log (CSV).</summary>
    public const string ActionLogger = "actionlogger";
    /// <summary>UI log simulated from coloured Petri nets (CSV).</summary>
    public const string Cpn = "cpn";
    /// <summary>Generic CSV event log: case, activity, timestamp, resource, other columns.</summary>
    public const string Csv = "csv";
    /// <summary>XES (IEEE 1849), plain or gzip.</summary>
    public const string Xes = "xes";
    /// <summary>Deskmine's own CSV export (one column per schema v1 field).</summary>
    public const string Deskmine = "deskmine";

    /// <summary>ActivityWatch export (JSON of <c>aw-server</c>'s <c>/api/0/export</c>, one bucket, or one bucket's events).</summary>
    public const string ActivityWatch = "activitywatch";

    /// <summary>Parquet: the columns of the CSV export, or pandas-style XES names (see <see cref="Parquet.ParquetReader"/>).</summary>
    public const string Parquet = "parquet";

    /// <summary>
    /// OCEL 2.0 object-centric event log (JSON, XML or SQLite); imported with its objects and relations by the
    /// workspace importer, never read as a plain event stream.
    /// </summary>
    public const string Ocel = "ocel";

    /// <summary>Every format name <see cref="LogReaders.Open"/> accepts.</summary>
    public static IReadOnlyList<string> All { get; } = [ActionLogger, Cpn, Csv, Xes, Deskmine, ActivityWatch, Parquet];

    /// <summary>
    /// The format of the file at <paramref name="path"/>: XES when it is gzip or its first non-blank character
    /// opens an XML element; otherwise a CSV flavour chosen by the header's column names.
    /// </summary>
    /// <exception cref="InputException">The file is missing or empty.</exception>
    public static string Detect(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        InputFiles.RequireFile(path);
        if (path.EndsWith(".xes", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".xes.gz", StringComparison.OrdinalIgnoreCase))
            return Xes;
        if (path.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase) || Formats.Parquet.ParquetReader.HasMagic(path))
            return Parquet;
        if (Formats.Ocel.OcelFiles.IsOcel(path))
            return Ocel;
        using var file = File.OpenRead(path);
        if (XesReader.IsGzip(file))
        {
            using var gzip = new GZipStream(file, CompressionMode.Decompress);
            try
            {
                return FromFirstLine(FirstLine(gzip), path);
            }
            catch (InvalidDataException e)
            {
                throw new InputException(path, null, null, $"the compressed data is corrupt: {e.Message}", e);
            }
        }
        return FromFirstLine(FirstLine(file), path);
    }

    /// <summary>The format named by a CSV header line (or an XML start).</summary>
    internal static string FromFirstLine(string? line, string path)
    {
        if (line is null)
            throw new InputException(path, 1, null, "the file is empty; expected an XES document or a CSV header line.");
        var trimmed = line.TrimStart('\uFEFF', ' ', '\t');
        if (trimmed.StartsWith('<'))
            return Xes;
        // JSON: the only JSON log Deskmine reads is an ActivityWatch export.
        if (trimmed.StartsWith('{') || trimmed.StartsWith('['))
            return ActivityWatch;
        var columns = trimmed.Split([',', ';', '\t', '|'], StringSplitOptions.TrimEntries)
            .Select(c => c.Trim('"'))
            .ToHashSet(StringComparer.Ordinal);
        if (columns.Contains("targetApp") && columns.Contains("eventType"))
            return ActionLogger;
        if (columns.Contains("eventType") && columns.Contains("lifecycle:transition") && columns.Contains("source"))
            return Cpn;
        if (columns.Contains("id") && columns.Contains("session") && columns.Contains("seq") && columns.Contains("kind"))
            return Deskmine;
        return Csv;
    }

    private static string? FirstLine(Stream stream)
    {
        // Only the first line is read, and at most 1 Mi characters of it: detection must not load the file.
        const int Limit = 1 << 20;
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, 4096, leaveOpen: true);
        var line = new StringBuilder();
        int c;
        while ((c = reader.Read()) >= 0 && line.Length < Limit)
        {
            if (c != '\n')
                line.Append((char)c);
            else if (line.ToString().Trim().Length == 0)
                line.Clear();
            else
                break;
        }
        var text = line.ToString().TrimEnd('\r');
        return text.Trim().Length == 0 ? null : text;
    }
}
