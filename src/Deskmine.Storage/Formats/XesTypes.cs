using System.Globalization;
using System.Text.Json;

namespace Deskmine.Storage.Formats;

/// <summary>
/// What an XES file says beyond attribute text, kept in reserved <c>attrs</c> keys so that an export writes the file
/// back faithfully: the type of every attribute that is not of its default type (<see cref="TypesKey"/>) and the
/// UTC offset of <c>time:timestamp</c> when the reader kept the clock reading (<see cref="OffsetKey"/>).
/// </summary>
/// <remarks>
/// Types are stored per event rather than once per log because the store has no log-level table and XES allows a
/// key to change type between events; a log whose keys keep their types shares one string instance for all of them.
/// </remarks>
public static class XesTypes
{
    /// <summary>Attr key of the type map: a JSON object of key → XES type (<c>date</c>, <c>int</c>, <c>float</c>,
    /// <c>boolean</c>, <c>id</c>, <c>list</c>, <c>list:TYPE</c>) for attributes whose type is not the default (string;
    /// date for <c>time:timestamp</c>). Trace attributes appear as <c>case:KEY</c>.</summary>
    public const string TypesKey = "xes:types";

    /// <summary>Attr key of the UTC offset the file stated for <c>time:timestamp</c> (e.g. <c>+02:00</c>) when
    /// <c>ts</c> holds that clock reading (the XES default, see <see cref="TimeOffsets"/>); absent for UTC.</summary>
    public const string OffsetKey = "xes:offset";

    /// <summary>Marker on the start event of an interval written as a <c>lifecycle:transition</c> pair.</summary>
    internal const string IntervalKey = "deskmine:interval";

    /// <summary>The XES element names of typed attributes.</summary>
    public static IReadOnlySet<string> ElementTypes { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "string", "date", "int", "float", "boolean", "id",
    };

    /// <summary>Whether <paramref name="key"/> is one of the reserved keys (never written as an XES attribute).</summary>
    public static bool IsReserved(string key) => key is TypesKey or OffsetKey;

    /// <summary>The default type of <paramref name="key"/>: <c>date</c> for <c>time:timestamp</c>, else <c>string</c>.</summary>
    public static string DefaultType(string key) => key == "time:timestamp" ? "date" : "string";

    /// <summary>The type map of an event's attrs; empty when it has none.</summary>
    public static IReadOnlyDictionary<string, string> Of(IReadOnlyDictionary<string, string>? attrs)
    {
        if (attrs is null || !attrs.TryGetValue(TypesKey, out var json))
            return Empty;
        if (Parsed.TryGetValue(json, out var known))
            return known;
        try
        {
            var map = (IReadOnlyDictionary<string, string>?)JsonSerializer.Deserialize(json, AttrsJson.Default.DictionaryStringString) ?? Empty;
            // A log has a handful of distinct maps; parsing each once keeps an export of a million events fast.
            if (Parsed.Count < 4096)
                Parsed[json] = map;
            return map;
        }
        catch (JsonException)
        {
            // A hand-edited map is ignored rather than failing an export: the values are written as strings.
            return Empty;
        }
    }

    /// <summary><c>+02:00</c> for 120 minutes.</summary>
    public static string FormatOffset(int minutes)
    {
        var sign = minutes < 0 ? '-' : '+';
        var abs = Math.Abs(minutes);
        return string.Create(CultureInfo.InvariantCulture, $"{sign}{abs / 60:00}:{abs % 60:00}");
    }

    /// <summary>Minutes of an offset written by <see cref="FormatOffset"/>; false when the text is not one.</summary>
    public static bool TryParseOffset(string? text, out int minutes)
    {
        minutes = 0;
        if (text is not { Length: 6 } || text[0] is not ('+' or '-') || text[3] != ':'
            || !int.TryParse(text.AsSpan(1, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var h)
            || !int.TryParse(text.AsSpan(4, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || h > 14 || m > 59)
            return false;
        minutes = (h * 60) + m;
        if (text[0] == '-')
            minutes = -minutes;
        return true;
    }

    private static readonly Dictionary<string, string> Empty = new(StringComparer.Ordinal);
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyDictionary<string, string>> Parsed = new(StringComparer.Ordinal);
}
