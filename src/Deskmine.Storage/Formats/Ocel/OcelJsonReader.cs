using System.Globalization;
using System.Text.Json;
using Deskmine.Core.Errors;

namespace Deskmine.Storage.Formats.Ocel;

/// <summary>The JSON encoding of OCEL 2.0: <c>objectTypes</c>, <c>eventTypes</c>, <c>objects</c>, <c>events</c>.</summary>
internal static class OcelJsonReader
{
    public static OcelLog Read(string path)
    {
        JsonDocument document;
        try
        {
            using var stream = File.OpenRead(path);
            document = JsonDocument.Parse(stream, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new InputException(path, e.LineNumber + 1, e.BytePositionInLine is { } b ? $"byte {b + 1}" : null,
                $"is not valid JSON: {e.Message.Split(" Path:", 2)[0]}", e);
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("events", out _) && !root.TryGetProperty("objects", out _))
                throw new InputException(path, null, null, "is not an OCEL 2.0 JSON log: expected an object with 'objectTypes', 'eventTypes', 'objects' and 'events'.");
            var log = new OcelLogBuilder(path);
            foreach (var (t, where) in Items(root, "eventTypes", path))
                log.EventType(Type(t, where, path));
            foreach (var (t, where) in Items(root, "objectTypes", path))
                log.ObjectType(Type(t, where, path));
            foreach (var (o, where) in Items(root, "objects", path))
                Object(o, where, log);
            foreach (var (e, where) in Items(root, "events", path))
                Event(e, where, log);
            return log.Build();
        }
    }

    private static IEnumerable<(JsonElement Item, string Where)> Items(JsonElement root, string name, string path)
    {
        if (!root.TryGetProperty(name, out var array) || array.ValueKind == JsonValueKind.Null)
            yield break;
        if (array.ValueKind != JsonValueKind.Array)
            throw new InputException(path, null, name, $"'{name}' must be an array.");
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            var where = string.Create(CultureInfo.InvariantCulture, $"{name}[{i++}]");
            if (item.ValueKind != JsonValueKind.Object)
                throw new InputException(path, null, null, $"{where} must be an object.");
            yield return (item, where);
        }
    }

    private static OcelType Type(JsonElement t, string where, string path)
    {
        var name = Required(t, "name", where, path);
        var attributes = new List<OcelAttribute>();
        foreach (var (a, at) in Items(t, "attributes", path))
            attributes.Add(new OcelAttribute(Required(a, "name", $"{where}.{at}", path), Text(a, "type") ?? "string"));
        return new OcelType(name, attributes);
    }

    private static void Object(JsonElement o, string where, OcelLogBuilder log)
    {
        var id = Required(o, "id", where, log.Path);
        where += $" (object '{id}')";
        var type = Required(o, "type", where, log.Path);
        var initial = new List<KeyValuePair<string, string>>();
        foreach (var (a, at) in Items(o, "attributes", log.Path))
        {
            var name = Required(a, "name", $"{where}.{at}", log.Path);
            var value = Value(a, $"{where}.{at}", log.Path);
            var time = Text(a, "time") is { } text ? OcelReader.Time(text, log.Path, null, $"{where}.{at}") : 0;
            if (time == 0)
                initial.Add(new(name, value));
            else
                log.Change(new OcelChange(id, time, name, value), $"{where}.{at}");
        }
        log.Object(new OcelObject(id, type, initial), null, where);
        foreach (var (r, at) in Items(o, "relationships", log.Path))
            log.ObjectObject(new OcelRelation(id, Required(r, "objectId", $"{where}.{at}", log.Path), Text(r, "qualifier") ?? ""), $"{where}.{at}");
    }

    private static void Event(JsonElement e, string where, OcelLogBuilder log)
    {
        var id = Required(e, "id", where, log.Path);
        where += $" (event '{id}')";
        var type = Required(e, "type", where, log.Path);
        var time = OcelReader.Time(Text(e, "time"), log.Path, null, where);
        var attributes = new List<KeyValuePair<string, string>>();
        foreach (var (a, at) in Items(e, "attributes", log.Path))
            attributes.Add(new(Required(a, "name", $"{where}.{at}", log.Path), Value(a, $"{where}.{at}", log.Path)));
        log.Event(new OcelEvent(id, type, time, attributes), null, where);
        foreach (var (r, at) in Items(e, "relationships", log.Path))
            log.EventObject(new OcelRelation(id, Required(r, "objectId", $"{where}.{at}", log.Path), Text(r, "qualifier") ?? ""), $"{where}.{at}");
    }

    private static string Required(JsonElement item, string name, string where, string path) =>
        Text(item, name) is { } text ? text : throw new InputException(path, null, null, $"{where}: required field '{name}' is missing.");

    private static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            _ => value.GetRawText(),
        } : null;

    private static string Value(JsonElement attribute, string where, string path) =>
        attribute.TryGetProperty("value", out var v) ? v.ValueKind switch
        {
            JsonValueKind.String => v.GetString()!,
            JsonValueKind.Null => "",
            _ => v.GetRawText(),
        } : throw new InputException(path, null, null, $"{where}: required field 'value' is missing.");
}
