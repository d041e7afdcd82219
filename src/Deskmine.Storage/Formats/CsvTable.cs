using System.Globalization;
using System.Runtime.CompilerServices;
using Deskmine.Core.Errors;
using nietras.SeparatedValues;

namespace Deskmine.Storage.Formats;

/// <summary>
/// A CSV file opened with Sep for streaming: header look-ups, row iteration, and Sep's own errors turned into
/// <see cref="InputException"/> with the file and line.
/// </summary>
internal sealed class CsvTable : IDisposable
{
    private readonly SepReader _reader;
    private int _nextLine = 2;
    private int _row = -1;

    private CsvTable(SepReader reader, string source)
    {
        _reader = reader;
        Source = source;
        Header = reader.Header.ColNames;
    }

    /// <summary>File or source name used in errors.</summary>
    public string Source { get; }

    /// <summary>Column names of the header line.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>Delimiter in use (given or detected).</summary>
    public char Delimiter => _reader.Spec.Sep.Separator;

    /// <summary>Whether <see cref="Timestamp(int, string?)"/> drops UTC offsets and keeps the clock reading (see <see cref="TimeOffsets"/>).</summary>
    public bool LocalClock { get; init; }

    /// <summary>The current row; valid until the next <see cref="MoveNext"/>.</summary>
    public SepReader.Row Current => _reader.Current;

    /// <summary>Longest field in characters (<see cref="ImportOptions.MaxFieldLength"/>).</summary>
    public int MaxFieldLength { get; init; } = ImportOptions.DefaultMaxFieldLength;

    /// <summary>Opens a file, decoded as the options' <see cref="ImportOptions.Encoding"/> (strict unless told to replace).</summary>
    public static CsvTable Open(string path, char? delimiter, ImportOptions options)
    {
        InputFiles.RequireFile(path);
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var text = new DecodingReader(stream, path, options.Encoding);
        try
        {
            return Open(() => Options(delimiter).From(text), path, options);
        }
        catch
        {
            text.Dispose();
            throw;
        }
    }

    /// <summary>Opens text that is already decoded.</summary>
    public static CsvTable Open(TextReader text, string source, char? delimiter, ImportOptions options) =>
        Open(() => Options(delimiter).From(text), source, options);

    private static CsvTable Open(Func<SepReader> open, string source, ImportOptions options)
    {
        SepReader reader;
        try
        {
            reader = open();
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentException or FormatException or NotSupportedException)
        {
            throw new InputException(source, 1, null, $"cannot read the header line: {e.Message}", e);
        }
        if (reader.Header.IsEmpty)
        {
            reader.Dispose();
            throw new InputException(source, 1, null, "the file is empty; expected a header line with column names.");
        }
        return new CsvTable(reader, source) { LocalClock = options.LocalClock(xes: false), MaxFieldLength = options.MaxFieldLength };
    }

    private static SepReaderOptions Options(char? delimiter) =>
        new(delimiter is { } d ? new Sep(d) : null)
        {
            Unescape = true,
            HasHeader = true,
            CultureInfo = CultureInfo.InvariantCulture,
            // Case ids, activities and resources repeat: pool their strings per column.
            CreateToString = SepToString.PoolPerCol(),
        };

    /// <summary>Index of a header column, or -1.</summary>
    public int IndexOf(string name) => _reader.Header.TryIndexOf(name, out var i) ? i : -1;

    /// <summary>Index of a required column, or an <see cref="InputException"/> naming what is missing.</summary>
    public int Require(string name, string purpose)
    {
        var i = IndexOf(name);
        if (i >= 0)
            return i;
        throw new InputException(Source, 1, name,
            $"missing required column '{name}' ({purpose}). The header has {Header.Count} column(s) split by '{Delimiter}': "
            + $"{string.Join(", ", Header.Take(30))}. Check the column names and the delimiter.");
    }

    /// <summary>Moves to the next data row; false at the end.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool MoveNext()
    {
        bool more;
        try
        {
            more = _reader.MoveNext();
        }
        catch (InvalidDataException e)
        {
            throw new InputException(Source, _nextLine, null, $"malformed row: {e.Message}", e);
        }
        catch (NotSupportedException e)
        {
            // Sep refuses a row longer than its buffer limit (16,777,216 characters), e.g. an unclosed quote.
            throw new InputException(Source, _nextLine, null,
                $"the row starting here is too long to read ({e.Message}); is a quote left open?", e);
        }
        if (more)
        {
            _nextLine = _reader.Current.LineNumberToExcl;
            _row++;
        }
        return more;
    }

    /// <summary>1-based line on which the current row starts.</summary>
    public int Line => _reader.Current.LineNumberFrom;

    /// <summary>0-based data row index of the current row.</summary>
    public int RowIndex => _row;

    /// <summary>The current row's column as a string, or null when absent or empty.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public string? Text(int col)
    {
        if (col < 0)
            return null;
        var c = _reader.Current[col];
        if (c.Span.Length > MaxFieldLength)
            throw TooLong(col, c.Span.Length);
        return c.Span.IsEmpty ? null : c.ToString();
    }

    /// <summary>Parses a timestamp column of the current row; empty gives null, bad text an error at its line.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public long? Timestamp(int col, string? format = null)
    {
        if (col < 0)
            return null;
        var span = _reader.Current[col].Span;
        if (span.IsWhiteSpace())
            return null;
        if (TimestampText.TryParse(span, format, LocalClock, out var micros))
            return micros;
        var expected = format is null ? "an ISO 8601 timestamp such as 2024-03-01T08:15:02Z or 2024-03-01 08:15:02+01:00" : $"a timestamp in the format '{format}'";
        expected += " between 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z";
        throw new InputException(Source, Line, Header[col], $"'{Shown(span)}' is not {expected}.");
    }

    /// <summary>
    /// Parses a timestamp column of the current row with a mapping's <paramref name="parser"/>; empty gives null, bad
    /// text an error naming the line, the data row and the column.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public long? Timestamp(int col, TimestampParser parser)
    {
        if (col < 0)
            return null;
        var span = _reader.Current[col].Span;
        if (span.IsWhiteSpace())
            return null;
        if (parser.TryParse(span, out var micros))
            return micros;
        throw Error(col, $"data row {RowIndex + 1}: '{Shown(span)}' is not {parser.Expected} between 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z.{parser.Hint(span)}");
    }

    /// <summary>The error for a bad value in the current row.</summary>
    public InputException Error(int col, string problem) =>
        new(Source, Line, col >= 0 ? Header[col] : null, problem);

    // A hostile value can be megabytes long; an error message shows its start.
    internal static string Shown(ReadOnlySpan<char> value) => value.Length <= 80 ? value.ToString() : $"{value[..80]}… ({value.Length:N0} characters)";

    private InputException TooLong(int col, int length) =>
        Error(col, $"the value has {length:N0} characters; at most {MaxFieldLength:N0} are accepted per field.");

    public void Dispose() => _reader.Dispose();
}
