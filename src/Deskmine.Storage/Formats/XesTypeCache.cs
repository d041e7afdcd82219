using System.Text;
using System.Text.Json;

namespace Deskmine.Storage.Formats;

/// <summary>
/// One string instance per distinct type map and per offset during one XES read: a log of a million events whose
/// keys keep their types stores a million references to one string, not a million strings.
/// </summary>
internal sealed class XesTypeCache
{
    private readonly Dictionary<string, string> _json = new(StringComparer.Ordinal);
    private readonly Dictionary<int, string> _offsets = [];
    private readonly StringBuilder _signature = new();

    /// <summary>The <see cref="XesTypes.TypesKey"/> value for an event's and its trace's non-default types, or null when there are none.</summary>
    public string? Json(List<(string Key, string Type)>? eventTypes, List<(string Key, string Type)>? traceTypes)
    {
        if (eventTypes is null && traceTypes is null)
            return null;
        _signature.Clear();
        foreach (var (key, type) in (eventTypes ?? []).Concat(traceTypes ?? []))
            _signature.Append(key).Append('\u0001').Append(type).Append('\u0002');
        var signature = _signature.ToString();
        if (_json.TryGetValue(signature, out var json))
            return json;
        // Keys in ordinal order: the map must not depend on the order attributes had in the file (a store reads attrs
        // back sorted), so the same types give the same text before and after a round trip.
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, type) in (eventTypes ?? []).Concat(traceTypes ?? []).OrderBy(t => t.Key, StringComparer.Ordinal))
            map[key] = type;
        json = JsonSerializer.Serialize(map, AttrsJson.Default.DictionaryStringString);
        _json[signature] = json;
        return json;
    }

    /// <summary>The text of an offset in minutes, e.g. <c>+02:00</c>.</summary>
    public string Offset(int minutes)
    {
        if (!_offsets.TryGetValue(minutes, out var text))
            _offsets[minutes] = text = XesTypes.FormatOffset(minutes);
        return text;
    }
}
