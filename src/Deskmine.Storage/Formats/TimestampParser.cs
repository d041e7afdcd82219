using System.Globalization;
using System.Runtime.CompilerServices;
using Deskmine.Core;

namespace Deskmine.Storage.Formats;

/// <summary>
/// How one timestamp column of a CSV log is read: ISO 8601 (fast path) or a list of .NET custom formats tried in
/// order, and the time zone of times that state no offset. Built once per column from a <see cref="CsvMapping"/>.
/// </summary>
internal sealed class TimestampParser
{
    private readonly string[] _formats;
    private readonly bool[] _formatHasZone;
    private readonly TimeZoneInfo? _zone;
    private readonly bool _localClock;

    /// <summary>Creates the parser.</summary>
    /// <param name="formats">.NET custom formats tried in order; empty reads ISO 8601.</param>
    /// <param name="zone">Zone of naive times (no offset in the text); null reads them as UTC.</param>
    /// <param name="localClock">Drop stated offsets and keep the clock reading (see <see cref="TimeOffsets"/>).</param>
    public TimestampParser(IReadOnlyList<string> formats, TimeZoneInfo? zone, bool localClock)
    {
        _formats = [.. formats];
        _formatHasZone = [.. _formats.Select(HasZone)];
        _zone = zone;
        _localClock = localClock;
    }

    /// <summary>What the text was expected to look like, for error messages.</summary>
    public string Expected => _formats.Length switch
    {
        0 => "an ISO 8601 timestamp such as 2024-03-01T08:15:02Z or 2024-03-01 08:15:02+01:00",
        1 => $"a timestamp in the format '{_formats[0]}'",
        _ => $"a timestamp in one of the formats {string.Join(", ", _formats.Select(f => $"'{f}'"))}",
    };

    /// <summary>Parses <paramref name="text"/> into UTC microseconds; false when no format fits or the time is out of range.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryParse(ReadOnlySpan<char> text, out long micros)
    {
        if (_formats.Length == 0)
        {
            if (!TimestampText.TryParse(text, _localClock, out micros, out var offset))
                return false;
            if (offset is null && _zone is not null)
                micros = FromZone(micros);
            return Timestamps.IsInRange(micros);
        }
        var trimmed = text.Trim();
        for (var i = 0; i < _formats.Length; i++)
        {
            if (!DateTimeOffset.TryParseExact(trimmed, _formats[i], CultureInfo.InvariantCulture,
                    DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var value))
                continue;
            // UTC plus the stated offset is the clock reading.
            micros = Timestamps.ToMicros(value);
            if (_formatHasZone[i])
            {
                if (_localClock)
                    micros += value.Offset.Ticks / TimeSpan.TicksPerMicrosecond;
            }
            else if (_zone is not null)
            {
                micros = FromZone(micros);
            }
            return Timestamps.IsInRange(micros);
        }
        micros = 0;
        return false;
    }

    /// <summary>
    /// Parses the UTF-8 bytes of a timestamp: where they have the layout most logs write
    /// (<see cref="TimestampText.TryParseCommon"/>) without decoding them, otherwise decoded into <paramref name="chars"/>
    /// and read by <see cref="TryParse(ReadOnlySpan{char}, out long)"/>. <paramref name="micros"/> is null for a blank
    /// text; false when the text is not ASCII, longer than <paramref name="chars"/>, or not a time this parser reads.
    /// </summary>
    public bool TryParse(ReadOnlySpan<byte> utf8, Span<char> chars, out long? micros)
    {
        micros = null;
        if (_formats.Length == 0 && TimestampText.TryParseCommon(utf8, out var common, out var utc))
        {
            if (!utc && _zone is not null)
                common = FromZone(common);
            micros = common;
            return Timestamps.IsInRange(common);
        }
        if (utf8.Length > chars.Length || System.Text.Ascii.ToUtf16(utf8, chars, out var length) != System.Buffers.OperationStatus.Done)
            return false;
        var text = chars[..length];
        if (text.IsWhiteSpace())
            return true;
        if (!TryParse(text, out var parsed))
            return false;
        micros = parsed;
        return true;
    }

    /// <summary>
    /// A hint for a text that no format fits but that looks like a common non-ISO layout, or null. Day-first and
    /// month-first dates cannot be told apart from one value, so the hint names both.
    /// </summary>
    public string? Hint(ReadOnlySpan<char> text)
    {
        if (_formats.Length > 0)
            return null;
        var t = text.Trim();
        var sep = t.IndexOfAny('-', '/', '.');
        if (sep is 1 or 2 && t.Length >= 8 && char.IsAsciiDigit(t[0]))
        {
            var s = t[sep];
            return $" Dates like this need their format stated, e.g. 'd{s}M{s}yyyy HH:mm' (day first) or 'M{s}d{s}yyyy HH:mm' (month first).";
        }
        return null;
    }

    // A clock reading in the zone becomes UTC. In the hour repeated when summer time ends the zone's standard offset
    // is taken; a reading inside the hour skipped when it starts is read with the offset before the change.
    private long FromZone(long clockMicros)
    {
        var clock = new DateTime(DateTimeOffset.UnixEpoch.UtcTicks + (clockMicros * TimeSpan.TicksPerMicrosecond), DateTimeKind.Unspecified);
        var offset = _zone!.IsInvalidTime(clock) ? _zone.GetUtcOffset(clock.AddHours(-1)) : _zone.GetUtcOffset(clock);
        return clockMicros - (offset.Ticks / TimeSpan.TicksPerMicrosecond);
    }

    // A format names an offset with 'z' (zzz, zz, z) or 'K' outside quotes and escapes.
    private static bool HasZone(string format)
    {
        char? quote = null;
        for (var i = 0; i < format.Length; i++)
        {
            var c = format[i];
            if (quote is { } q)
            {
                if (c == q)
                    quote = null;
                continue;
            }
            if (c is '\'' or '"')
                quote = c;
            else if (c == '\\')
                i++;
            else if (c is 'z' or 'K')
                return true;
        }
        return false;
    }
}
