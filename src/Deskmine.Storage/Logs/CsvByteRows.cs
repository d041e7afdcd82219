using System.Buffers;
using System.Text;
using Deskmine.Core.Errors;
using Deskmine.Core.Logs;
using Deskmine.Storage.Formats;

namespace Deskmine.Storage.Logs;

/// <summary>
/// Reads the rows of a chunk of a UTF-8 CSV log straight from its bytes into a <see cref="LogChunk"/>: the columns the
/// query needs are located by the delimiter, their texts coded by their bytes (no string per field) and the times
/// parsed without a string. It reads only the plain rows most logs consist of: a chunk with a quote, a NUL, invalid
/// UTF-8, a stray carriage return, a blank line, a row of another width, a field over the length limit or a time that
/// does not parse is declined as a whole, and the CSV reader reads it, with its meaning and its errors. The mapping
/// (columns, delimiter, time formats) is resolved once from the header by the same <see cref="CsvRowView"/>.
/// </summary>
internal sealed class CsvByteRows
{
    private const int MaxTimeLength = 64;
    private static readonly SearchValues<byte> Declined = SearchValues.Create([(byte)'"', 0]);
    private readonly byte _delimiter;
    private readonly int _columns;
    private readonly int _maxField;
    private readonly int _ts;
    private readonly int _end;
    private readonly TimestampParser _times;
    private readonly Value _case;
    private readonly Value _activity;
    private readonly Value[] _attributes;
    private readonly int _lastNeeded;

    private CsvByteRows(CsvRowView view, RowPlan plan)
    {
        _delimiter = (byte)view.Delimiter;
        _columns = view.ColumnCount;
        _maxField = view.MaxFieldLength;
        _ts = view.TimestampColumn;
        _end = view.EndColumn;
        _times = view.Times;
        _case = new Value(plan.Case);
        _activity = new Value(plan.Activity);
        _attributes = [.. plan.Attributes.Select(a => new Value(a))];
        _lastNeeded = new[] { _ts, _end, plan.Case.Column, plan.Activity.Column }.Concat(plan.Attributes.Select(a => a.Column)).Max();
    }

    /// <summary>
    /// The reader for files with this <paramref name="header"/> line (its bytes, line break included), or null when the
    /// rows are not read this way: another encoding than UTF-8, a delimiter outside ASCII, a query value made of
    /// several columns, or a header the CSV reader rejects (it then reports the problem itself).
    /// </summary>
    public static CsvByteRows? Create(ReadOnlySpan<byte> header, string path, ImportOptions options, LogFields fields)
    {
        if (options.Encoding.Encoding.CodePage != Encoding.UTF8.CodePage || fields.UsesRowNumbers || fields.UsesEventIds)
            return null;
        try
        {
            using var text = new DecodingReader(new MemoryStream(header.ToArray(), writable: false), path, options.Encoding);
            using var view = CsvEventReader.OpenRows(text, path, options);
            if (view.Delimiter > 0x7f || view.Delimiter is '"' or '\r' or '\n' || view.ColumnCount < 1)
                return null;
            return fields.PlanRows(view.Slot) is { } plan ? new CsvByteRows(view, plan) : null;
        }
        catch (InputException)
        {
            return null;
        }
    }

    /// <summary>
    /// Adds the rows in <paramref name="rows"/> (whole lines after the header) to <paramref name="chunk"/>, which must
    /// be empty; false when the chunk is declined (the chunk is then partly filled and must be dropped).
    /// </summary>
    public bool TryRead(ReadOnlySpan<byte> rows, LogChunk chunk)
    {
        if (rows.IndexOfAny(Declined) >= 0 || !System.Text.Unicode.Utf8.IsValid(rows))
            return false;
        var carriageReturns = rows.Contains((byte)'\r');
        Span<int> starts = stackalloc int[_lastNeeded + 2];
        Span<int> ends = stackalloc int[_lastNeeded + 2];
        Span<char> time = stackalloc char[MaxTimeLength];
        var caseValue = _case;
        var activityValue = _activity;
        while (!rows.IsEmpty)
        {
            var lineEnd = rows.IndexOf((byte)'\n');
            var line = lineEnd < 0 ? rows : rows[..lineEnd];
            rows = lineEnd < 0 ? default : rows[(lineEnd + 1)..];
            if (carriageReturns)
            {
                if (line.EndsWith((byte)'\r'))
                    line = line[..^1];
                if (line.Contains((byte)'\r'))
                    return false;
            }
            if (line.IsEmpty || !Split(line, starts, ends))
                return false;

            long ts = EventLog.NoTimestamp;
            if (!Time(line[starts[_ts]..ends[_ts]], time, out var start))
                return false;
            ts = start ?? ts;
            long duration = 0;
            if (_end >= 0)
            {
                if (!Time(line[starts[_end]..ends[_end]], time, out var end))
                    return false;
                if (end is { } e)
                {
                    // No start, or an end before it: the CSV reader reports the row.
                    if (start is not { } s || e < s)
                        return false;
                    duration = e - s;
                }
            }
            var caseCode = Code(caseValue, line, starts, ends, chunk.Cases);
            if (caseCode == Missing)
            {
                chunk.Skip();
                continue;
            }
            if (caseCode == TooLong)
                return false;
            var activityCode = Code(activityValue, line, starts, ends, chunk.Activities);
            if (activityCode == TooLong)
                return false;
            var at = chunk.Next(caseCode, activityCode, ts, duration);
            for (var a = 0; a < _attributes.Length; a++)
            {
                var code = Code(_attributes[a], line, starts, ends, chunk.Attributes[a]);
                if (code == TooLong)
                    return false;
                chunk.SetAttribute(a, at, code == Missing ? -1 : code);
            }
        }
        return true;
    }

    private const int Missing = -1;
    private const int TooLong = -2;

    // The code of a value in this row: the column's text when not empty, else the fallback; Missing when null.
    private int Code(Value value, ReadOnlySpan<byte> line, Span<int> starts, Span<int> ends, LogChunk.Names names)
    {
        if (value.Column >= 0)
        {
            var text = line[starts[value.Column]..ends[value.Column]];
            if (text.Length > _maxField)
                return TooLong;
            if (!text.IsEmpty)
                return names.Code(text);
        }
        return value.Fallback is { } fallback ? names.Code(fallback) : Missing;
    }

    // Finds the columns up to the last one needed and checks that the row has as many columns as the header.
    private bool Split(ReadOnlySpan<byte> line, Span<int> starts, Span<int> ends)
    {
        var from = 0;
        for (var c = 0; c <= _lastNeeded; c++)
        {
            var at = line[from..].IndexOf(_delimiter);
            starts[c] = from;
            if (at < 0)
            {
                ends[c] = line.Length;
                return c == _columns - 1;
            }
            ends[c] = from + at;
            from += at + 1;
        }
        return _lastNeeded + 2 + line[from..].Count(_delimiter) == _columns;
    }

    // A time of the row: null when blank, false when it is not one the parser reads (the CSV reader then explains).
    private bool Time(ReadOnlySpan<byte> text, Span<char> chars, out long? micros) => _times.TryParse(text, chars, out micros);

    /// <summary>A <see cref="ValuePlan"/> with its fallback's UTF-8 bytes.</summary>
    private sealed class Value(ValuePlan plan)
    {
        public int Column { get; } = plan.Column;

        public byte[]? Fallback { get; } = plan.Fallback is { } text ? Encoding.UTF8.GetBytes(text) : null;
    }
}
