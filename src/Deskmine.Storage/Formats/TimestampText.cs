using System.Globalization;
using System.Runtime.CompilerServices;
using Deskmine.Core;

namespace Deskmine.Storage.Formats;

/// <summary>
/// Fast parsing of the timestamp texts found in event logs into UTC microseconds: ISO 8601 and the
/// <c>yyyy-MM-dd HH:mm:ss[.fffffff][Z|±HH:mm|±HHmm|±HH]</c> family, with <c>-</c> or <c>/</c> between date
/// parts. Text without an offset is taken as UTC. With <c>localClock</c> an offset is checked and then dropped,
/// so the clock reading is kept as if it were UTC (see <see cref="TimeOffsets"/>). No regex and no allocation:
/// a log has millions of them.
/// </summary>
internal static class TimestampText
{
    /// <summary>Parses <paramref name="text"/>; an explicit <paramref name="format"/> uses exact .NET parsing.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, string? format, bool localClock, out long micros)
    {
        if (format is null)
            return TryParse(text, localClock, out micros);
        if (DateTimeOffset.TryParseExact(text.Trim(), format, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var value))
        {
            // UTC plus the offset is the clock reading.
            micros = Timestamps.ToMicros(value) + (localClock ? value.Offset.Ticks / TimeSpan.TicksPerMicrosecond : 0);
            return Timestamps.IsInRange(micros);
        }
        micros = 0;
        return false;
    }

    /// <summary>Parses an ISO-like timestamp into UTC; false when the text is not one.</summary>
    public static bool TryParse(ReadOnlySpan<char> s, out long micros) => TryParse(s, localClock: false, out micros);

    /// <summary>Parses an ISO-like timestamp; <paramref name="localClock"/> drops the offset instead of applying it.</summary>
    public static bool TryParse(ReadOnlySpan<char> s, bool localClock, out long micros) => TryParse(s, localClock, out micros, out _);

    /// <summary>
    /// Parses an ISO-like timestamp; <paramref name="localClock"/> drops the offset instead of applying it, and
    /// <paramref name="statedOffset"/> is the offset the text stated in minutes (<c>Z</c> is 0), or null for a
    /// naive time, so a caller can place a naive time in a time zone of its choosing or keep the offset.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryParse(ReadOnlySpan<char> s, bool localClock, out long micros, out int? statedOffset)
    {
        micros = 0;
        statedOffset = null;
        s = s.Trim();
        if (s.Length < 10)
            return false;
        if (!Digits(s, 0, 4, out var year) || !IsDateSeparator(s[4]) || !Digits(s, 5, 2, out var month)
            || s[7] != s[4] || !Digits(s, 8, 2, out var day))
            return false;
        if (month is < 1 or > 12 || year < 1 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return false;

        int hour = 0, minute = 0, second = 0;
        long fractionTicks = 0;
        long offsetMinutes = 0;
        var i = 10;
        if (i < s.Length)
        {
            if (s[i] is not ('T' or 't' or ' ') || s.Length < i + 6)
                return false;
            i++;
            if (!Digits(s, i, 2, out hour) || s[i + 2] != ':' || !Digits(s, i + 3, 2, out minute))
                return false;
            i += 5;
            if (i < s.Length && s[i] == ':')
            {
                if (!Digits(s, i + 1, 2, out second))
                    return false;
                i += 3;
            }
            if (hour > 23 || minute > 59 || second > 59)
                return false;
            if (i < s.Length && s[i] is '.' or ',')
            {
                i++;
                if (!Fraction(s, ref i, out fractionTicks))
                    return false;
            }
            if (i < s.Length && !TryOffset(s[i..], out offsetMinutes))
                return false;
            if (i < s.Length)
                statedOffset = (int)offsetMinutes;
            if (localClock)
                offsetMinutes = 0;
        }

        var seconds = (DaysFromEpoch(year, month, day) * 86_400L) + (hour * 3600L) + (minute * 60L) + second - (offsetMinutes * 60L);
        micros = (seconds * 1_000_000L) + (fractionTicks / 10);
        // An offset can push year 1 or 9999 out of what DateTimeOffset holds; such a time cannot be exported.
        return Timestamps.IsInRange(micros);
    }

    /// <summary>
    /// Parses the layout most logs write, as UTF-8 bytes with nothing around it: <c>yyyy-MM-dd HH:mm:ss</c> (or with
    /// <c>/</c> between date parts, or <c>T</c> before the time), an optional fraction after <c>.</c> or <c>,</c> and an
    /// optional <c>Z</c>. False when <paramref name="s"/> has another layout: the caller then reads it as text with
    /// <see cref="TryParse(ReadOnlySpan{char}, bool, out long, out int?)"/>, which gives the same value for this
    /// layout and decides the others. <paramref name="utc"/> tells whether the text stated UTC (<c>Z</c>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryParseCommon(ReadOnlySpan<byte> s, out long micros, out bool utc)
    {
        micros = 0;
        utc = false;
        if (s.Length < 19 || s.Length > 64)
            return false;
        var separator = s[4];
        if (separator is not ((byte)'-' or (byte)'/') || s[7] != separator || s[10] is not ((byte)' ' or (byte)'T' or (byte)'t')
            || s[13] != ':' || s[16] != ':')
            return false;
        // Each pair of digits: both bytes in '0'..'9', checked together.
        if (!Digit2(s[0], s[1], out var century) || !Digit2(s[2], s[3], out var yearOfCentury) || !Digit2(s[5], s[6], out var month)
            || !Digit2(s[8], s[9], out var day) || !Digit2(s[11], s[12], out var hour) || !Digit2(s[14], s[15], out var minute)
            || !Digit2(s[17], s[18], out var second))
            return false;
        var year = (century * 100) + yearOfCentury;
        if (month is < 1 or > 12 || year < 1 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
            return false;
        var i = 19;
        long fractionTicks = 0;
        if (i < s.Length && s[i] is (byte)'.' or (byte)',')
        {
            i++;
            if (!Fraction(s, ref i, out fractionTicks))
                return false;
        }
        if (i < s.Length)
        {
            if (i != s.Length - 1 || s[i] is not ((byte)'Z' or (byte)'z'))
                return false;
            utc = true;
        }
        var seconds = (DaysFromEpoch(year, month, day) * 86_400L) + (hour * 3600L) + (minute * 60L) + second;
        micros = (seconds * 1_000_000L) + (fractionTicks / 10);
        return true;
    }

    // The digits of a fraction of a second from s[i] on, as ticks (digits past the 7th, 100 ns, are read and dropped);
    // false when there is none. Text or UTF-8 bytes alike.
    private static bool Fraction<T>(ReadOnlySpan<T> s, ref int i, out long ticks)
        where T : System.Numerics.IBinaryInteger<T>
    {
        ticks = 0;
        var start = i;
        long scale = TimeSpan.TicksPerSecond;
        for (; i < s.Length; i++)
        {
            var digit = uint.CreateTruncating(s[i]) - (uint)'0';
            if (digit > 9)
                break;
            if (scale > 1)
            {
                scale /= 10;
                ticks += digit * scale;
            }
        }
        return i > start;
    }

    private static bool Digit2(byte high, byte low, out int value)
    {
        var h = (uint)(high - '0');
        var l = (uint)(low - '0');
        value = (int)((h * 10) + l);
        // Both must be digits: the unsigned differences are above 9 for any other byte (an OR of two digits is not).
        return Math.Max(h, l) <= 9;
    }

    private static bool TryOffset(ReadOnlySpan<char> s, out long minutes)
    {
        minutes = 0;
        if (s is ['Z' or 'z'])
            return true;
        if (s.Length < 3 || s[0] is not ('+' or '-') || !Digits(s, 1, 2, out var hours))
            return false;
        var mins = 0;
        var rest = s[3..];
        if (rest.Length == 3 && rest[0] == ':' && Digits(rest, 1, 2, out var m1))
            mins = m1;
        else if (rest.Length == 2 && Digits(rest, 0, 2, out var m2))
            mins = m2;
        else if (rest.Length != 0)
            return false;
        if (hours > 14 || mins > 59)
            return false;
        minutes = (hours * 60) + mins;
        if (s[0] == '-')
            minutes = -minutes;
        return true;
    }

    // Days since 1970-01-01 of a proleptic Gregorian date: count from a March-based year so the leap day is last.
    private static long DaysFromEpoch(int year, int month, int day)
    {
        var y = month <= 2 ? year - 1 : year;
        var era = (y >= 0 ? y : y - 399) / 400;
        var yearOfEra = y - (era * 400);
        var dayOfYear = ((153 * (month > 2 ? month - 3 : month + 9)) + 2) / 5 + day - 1;
        var dayOfEra = (yearOfEra * 365) + (yearOfEra / 4) - (yearOfEra / 100) + dayOfYear;
        return (era * 146_097L) + dayOfEra - 719_468L;
    }

    private static bool IsDateSeparator(char c) => c is '-' or '/';

    private static bool Digits(ReadOnlySpan<char> s, int start, int count, out int value)
    {
        value = 0;
        if (start + count > s.Length)
            return false;
        for (var i = start; i < start + count; i++)
        {
            var c = s[i];
            if (!char.IsAsciiDigit(c))
                return false;
            value = (value * 10) + (c - '0');
        }
        return true;
    }
}
