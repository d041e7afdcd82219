using System.Globalization;
using System.Text.Json;
using Deskmine.Core.Errors;
using Deskmine.Core.Events;

namespace Deskmine.Storage.Formats;

/// <summary>
/// Reads an ActivityWatch (<c>aw-server</c>) export into schema v1 events: the JSON of <c>/api/0/export</c>
/// (<c>{"buckets": {id: {type, client, hostname, events: [...]}}}</c>), one bucket (<c>{id, type, events}</c>) or one
/// bucket's event list (<c>[{timestamp, duration, data}]</c>, the answer of <c>/api/0/buckets/ID/events</c>).
/// ActivityWatch stores heartbeat-merged periods (a timestamp and a duration in seconds), so every event is an
/// interval. Mapping: see <c>docs/formats.md</c>, <c>activitywatch</c>.
/// </summary>
/// <remarks>
/// The document is parsed whole (<see cref="JsonDocument"/>, about the file's size in memory): an export holds
/// one person's tracker history, tens of megabytes in a year, and its events come newest first, so they are sorted
/// by time before they are returned.
/// </remarks>
public static class ActivityWatchReader
{
    /// <summary>Value of <see cref="UiEvent.Source"/> for these events.</summary>
    public const string SourceName = "import:activitywatch";

    /// <summary>Bucket type of the window watcher (<c>data.app</c>, <c>data.title</c>).</summary>
    public const string WindowType = "currentwindow";

    /// <summary>Bucket type of the browser extension (<c>data.url</c>, <c>data.title</c>).</summary>
    public const string WebType = "web.tab.current";

    /// <summary>Bucket type of the AFK watcher (<c>data.status</c>: <c>afk</c> or <c>not-afk</c>).</summary>
    public const string AfkType = "afkstatus";

    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    /// <exception cref="InputException">The file is missing, not JSON, or not an ActivityWatch export.</exception>
    public static IEnumerable<UiEvent> Read(string path, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= ImportOptions.Default;
        options.Validate();
        InputFiles.RequireFile(path);
        return Events(() => File.OpenRead(path), path, options);
    }

    /// <summary>Reads an export from a stream (disposed at the end); <paramref name="sourceName"/> names it in errors.</summary>
    public static IEnumerable<UiEvent> Read(Stream stream, string sourceName, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        options ??= ImportOptions.Default;
        options.Validate();
        return Events(() => stream, sourceName, options);
    }

    private static IEnumerable<UiEvent> Events(Func<Stream> open, string source, ImportOptions options)
    {
        List<ActivityWatchEvent> events;
        using (var stream = open())
        {
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(stream, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            }
            catch (JsonException e)
            {
                throw new InputException(source, (e.LineNumber ?? 0) + 1, null, $"not valid JSON: {e.Message}", e);
            }
            using (document)
                events = Collect(document.RootElement, source, options);
        }
        // Stable: events at the same instant keep their order in the file.
        var ordered = events.Select((e, i) => (e, (long)i)).OrderBy(p => p.e.Ts).ThenBy(p => p.Item2);
        var ids = new ImportIds();
        var session = options.SessionFor(source);
        long seq = 0;
        foreach (var (e, ordinal) in ordered)
        {
            yield return e.ToUiEvent(ids.Next(e.Ts), session, seq, ordinal);
            seq++;
        }
    }

    private static List<ActivityWatchEvent> Collect(JsonElement root, string source, ImportOptions options)
    {
        var events = new List<ActivityWatchEvent>();
        var reader = new BucketReader(source, options.MaxFieldLength);
        switch (root.ValueKind)
        {
            case JsonValueKind.Array:
                reader.Read(new Bucket(null, null, null, null), root, "$", events);
                break;
            case JsonValueKind.Object when root.TryGetProperty("buckets", out var buckets):
                if (buckets.ValueKind != JsonValueKind.Object)
                    throw new InputException(source, null, "$.buckets", $"expected an object of buckets by id, found {buckets.ValueKind}.");
                foreach (var bucket in buckets.EnumerateObject())
                    ReadBucket(reader, bucket.Value, bucket.Name, $"$.buckets['{bucket.Name}']", events, source);
                break;
            case JsonValueKind.Object when root.TryGetProperty("events", out _):
                ReadBucket(reader, root, null, "$", events, source);
                break;
            default:
                throw new InputException(source, null, "$",
                    "not an ActivityWatch export: expected {\"buckets\": {…}} (the export of /api/0/export), one bucket with \"events\", or a list of events.");
        }
        return events;
    }

    private static void ReadBucket(BucketReader reader, JsonElement bucket, string? id, string path, List<ActivityWatchEvent> events, string source)
    {
        if (bucket.ValueKind != JsonValueKind.Object)
            throw new InputException(source, null, path, $"expected a bucket object, found {bucket.ValueKind}.");
        var meta = new Bucket(
            id ?? Text(bucket, "id"),
            Text(bucket, "type"),
            Text(bucket, "client"),
            Text(bucket, "hostname"));
        if (!bucket.TryGetProperty("events", out var list))
            return; // A bucket exported without events (an empty watcher) holds nothing to import.
        if (list.ValueKind != JsonValueKind.Array)
            throw new InputException(source, null, path + ".events", $"expected a list of events, found {list.ValueKind}.");
        reader.Read(meta, list, path + ".events", events);
    }

    private static string? Text(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    /// <summary>What a bucket says about its events.</summary>
    private sealed record Bucket(string? Id, string? Type, string? Client, string? Hostname);

    private sealed class BucketReader(string source, int maxFieldLength)
    {
        public void Read(Bucket bucket, JsonElement list, string path, List<ActivityWatchEvent> events)
        {
            var i = 0;
            foreach (var item in list.EnumerateArray())
            {
                var at = $"{path}[{i++}]";
                if (item.ValueKind != JsonValueKind.Object)
                    throw new InputException(source, null, at, $"expected an event object, found {item.ValueKind}.");
                if (Event(bucket, item, at) is { } e)
                    events.Add(e);
            }
        }

        private ActivityWatchEvent? Event(Bucket bucket, JsonElement item, string at)
        {
            if (!item.TryGetProperty("timestamp", out var tsElement) || tsElement.ValueKind != JsonValueKind.String)
                throw new InputException(source, null, at + ".timestamp", "every event needs an ISO 8601 \"timestamp\" string.");
            var tsText = tsElement.GetString()!;
            if (!TimestampText.TryParse(tsText, out var ts))
                throw new InputException(source, null, at + ".timestamp", $"'{CsvTable.Shown(tsText)}' is not an ISO 8601 timestamp such as 2023-03-06T08:32:00.123000+00:00.");
            long duration = 0;
            if (item.TryGetProperty("duration", out var d) && d.ValueKind != JsonValueKind.Null)
            {
                if (d.ValueKind != JsonValueKind.Number || !d.TryGetDouble(out var seconds) || seconds < 0 || double.IsNaN(seconds) || seconds > 1e9)
                    throw new InputException(source, null, at + ".duration", $"expected a duration in seconds (a number ≥ 0), found {d.GetRawText()}.");
                duration = (long)Math.Round(seconds * 1_000_000);
            }
            var data = new Dictionary<string, string>(StringComparer.Ordinal);
            if (item.TryGetProperty("data", out var dataElement) && dataElement.ValueKind == JsonValueKind.Object)
            {
                foreach (var p in dataElement.EnumerateObject())
                {
                    if (Value(p.Value) is { } value)
                    {
                        if (value.Length > maxFieldLength)
                            throw new InputException(source, null, $"{at}.data.{p.Name}", $"the value has {value.Length:N0} characters; at most {maxFieldLength:N0} are accepted per field.");
                        data[p.Name] = value;
                    }
                }
            }
            return ActivityWatchEvent.From(bucket.Type ?? InferType(data), bucket.Id, bucket.Client, bucket.Hostname, ts, duration, data);
        }

        // An event list without its bucket: the data's keys say which watcher wrote it.
        private static string? InferType(Dictionary<string, string> data) =>
            data.ContainsKey("url") ? WebType
            : data.ContainsKey("app") ? WindowType
            : data.ContainsKey("status") ? AfkType
            : null;

        private static string? Value(JsonElement v) => v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number => v.GetRawText(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            _ => v.GetRawText(),
        };
    }

    /// <summary>One ActivityWatch event on its way to schema v1.</summary>
    private sealed record ActivityWatchEvent(long Ts, long Duration, string Kind, string? App, string? Window, string? Url,
        string? Machine, string? Activity, Dictionary<string, string> Attrs)
    {
        public static ActivityWatchEvent? From(string? type, string? bucketId, string? client, string? hostname, long ts, long duration,
            Dictionary<string, string> data)
        {
            var attrs = new Dictionary<string, string>(StringComparer.Ordinal);
            if (bucketId is not null)
                attrs["aw.bucket"] = bucketId;
            if (type is not null)
                attrs["aw.type"] = type;
            string kind;
            string? app = null, window = null, url = null, activity = null;
            switch (type)
            {
                case WindowType:
                    kind = EventKinds.AppSwitch;
                    app = Take(data, "app");
                    window = Take(data, "title");
                    break;
                case WebType:
                    kind = EventKinds.Navigate;
                    url = Take(data, "url");
                    window = Take(data, "title");
                    app = Browser(bucketId, client);
                    break;
                case AfkType:
                    // Only the away periods are idle; the not-afk periods are the complement, already covered by the
                    // window watcher's events.
                    if (!string.Equals(Take(data, "status"), "afk", StringComparison.Ordinal))
                        return null;
                    kind = EventKinds.Idle;
                    break;
                default:
                    // An unknown watcher (editor, input counts …): kept as an activity named by its bucket type.
                    kind = EventKinds.Activity;
                    activity = type ?? "activitywatch";
                    app = Take(data, "app");
                    window = Take(data, "title");
                    break;
            }
            foreach (var (k, v) in data)
                attrs[k] = v;
            return new ActivityWatchEvent(ts, duration, kind, app, window, url, hostname, activity, attrs);
        }

        public UiEvent ToUiEvent(Guid id, string session, long seq, long ordinal) => new()
        {
            Id = id,
            Session = session,
            Seq = seq,
            Ts = Ts,
            Duration = Duration,
            Source = SourceName,
            Kind = Kind,
            App = App,
            Window = Window,
            Url = Url,
            Machine = Machine,
            Activity = Activity,
            SourceRow = ordinal,
            Attrs = Attrs.Count == 0 ? null : Attrs,
        };

        private static string? Take(Dictionary<string, string> data, string key) =>
            data.Remove(key, out var value) && value.Length > 0 ? value : null;

        // aw-watcher-web names its bucket aw-watcher-web-<browser>_<host>.
        private static string? Browser(string? bucketId, string? client)
        {
            var name = bucketId ?? client;
            if (name is null)
                return null;
            const string Prefix = "aw-watcher-web-";
            if (!name.StartsWith(Prefix, StringComparison.Ordinal))
                return client;
            var rest = name[Prefix.Length..];
            var end = rest.IndexOf('_', StringComparison.Ordinal);
            return (end >= 0 ? rest[..end] : rest).ToLower(CultureInfo.InvariantCulture);
        }
    }
}
