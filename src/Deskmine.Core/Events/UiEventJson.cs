using System.Text.Json;

namespace Deskmine.Core.Events;

/// <summary>
/// The JSON form of a schema v1 event, as the agent's spool stores it and the ingest API receives it: one object
/// with the snake_case field names of <c>docs/event-schema.md</c>; absent and <c>null</c> fields mean "not set".
/// Reading is strict: an unknown field or a value of the wrong type is an error naming the field, because the
/// ingest edge must not guess what a client meant.
/// </summary>
public static class UiEventJson
{
    /// <summary>Every field name the reader accepts.</summary>
    public static IReadOnlySet<string> FieldNames { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "id", "session", "seq", "ts", "duration", "user", "machine", "team", "source", "kind", "app", "window", "url",
        "target_role", "target_name", "target_id", "target_path", "x", "y", "value", "value_hash", "attrs", "case_id",
        "activity", "source_row",
    };

    /// <summary>Writes <paramref name="e"/> as one JSON object; fields that are not set are left out.</summary>
    public static void Write(Utf8JsonWriter writer, UiEvent e)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(e);
        writer.WriteStartObject();
        writer.WriteString("id", e.Id);
        writer.WriteString("session", e.Session);
        writer.WriteNumber("seq", e.Seq);
        Number(writer, "ts", e.Ts);
        Number(writer, "duration", e.Duration);
        Text(writer, "user", e.User);
        Text(writer, "machine", e.Machine);
        Text(writer, "team", e.Team);
        writer.WriteString("source", e.Source);
        writer.WriteString("kind", e.Kind);
        Text(writer, "app", e.App);
        Text(writer, "window", e.Window);
        Text(writer, "url", e.Url);
        Text(writer, "target_role", e.TargetRole);
        Text(writer, "target_name", e.TargetName);
        Text(writer, "target_id", e.TargetId);
        Text(writer, "target_path", e.TargetPath);
        Number(writer, "x", e.X);
        Number(writer, "y", e.Y);
        Text(writer, "value", e.Value);
        Text(writer, "value_hash", e.ValueHash);
        if (e.Attrs is { Count: > 0 } attrs)
        {
            writer.WriteStartObject("attrs");
            foreach (var (key, value) in attrs)
                writer.WriteString(key, value);
            writer.WriteEndObject();
        }
        Text(writer, "case_id", e.CaseId);
        Text(writer, "activity", e.Activity);
        Number(writer, "source_row", e.SourceRow);
        writer.WriteEndObject();
    }

    /// <summary>The JSON text of <paramref name="e"/>.</summary>
    public static byte[] ToUtf8(UiEvent e)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer))
            Write(writer, e);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Parses the JSON text of one event written by <see cref="Write"/>.</summary>
    /// <exception cref="FormatException">The text is not a valid event; the message names the field.</exception>
    public static UiEvent FromUtf8(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        using var doc = JsonDocument.ParseValue(ref reader);
        return TryRead(doc.RootElement, int.MaxValue, int.MaxValue, out var e, out var field, out var problem)
            ? e
            : throw new FormatException($"field '{field}': {problem}");
    }

    /// <summary>
    /// Reads one event from <paramref name="element"/>. Requires <c>id</c> (UUID text), <c>session</c> (text),
    /// <c>seq</c> (integer ≥ 0), <c>source</c> and <c>kind</c> (non-empty text); refuses unknown fields, values of
    /// the wrong type, texts longer than <paramref name="maxText"/> characters and more than
    /// <paramref name="maxAttrs"/> attributes.
    /// </summary>
    /// <returns><c>true</c> with the event, or <c>false</c> with the offending field and what was expected.</returns>
    public static bool TryRead(JsonElement element, int maxText, int maxAttrs,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out UiEvent? result, out string? field, out string? problem)
    {
        var reader = new FieldReader(maxText, maxAttrs);
        result = reader.Read(element);
        field = reader.Field;
        problem = reader.Problem;
        return result is not null;
    }

    private static void Text(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
            writer.WriteString(name, value);
    }

    private static void Number(Utf8JsonWriter writer, string name, long? value)
    {
        if (value is { } v)
            writer.WriteNumber(name, v);
    }

    /// <summary>One strict pass over an event object; the first problem wins.</summary>
    private sealed class FieldReader(int maxText, int maxAttrs)
    {
        public string? Field { get; private set; }

        public string? Problem { get; private set; }

        public UiEvent? Read(JsonElement element)
        {
            if (element.ValueKind != JsonValueKind.Object)
                return Fail(null, $"expected a JSON object for the event, found {Describe(element)}");
            Guid? id = null;
            string? session = null, source = null, kind = null;
            long? seq = null;
            // Fields go into locals and the event is built once: a `with` per field copied the whole record each time
            // (about 2.5 KB of garbage per event at upload rates of tens of thousands of events a second).
            long? ts = null, duration = null, sourceRow = null;
            int? x = null, y = null;
            string? user = null, machine = null, team = null, app = null, window = null, url = null, targetRole = null,
                targetName = null, targetId = null, targetPath = null, value = null, valueHash = null, caseId = null, activity = null;
            Dictionary<string, string>? attrs = null;
            foreach (var p in element.EnumerateObject())
            {
                var v = p.Value;
                switch (p.Name)
                {
                    case "id":
                        if (v.ValueKind != JsonValueKind.String || !Guid.TryParse(v.GetString(), out var g))
                            return Fail("id", $"expected a UUID as text, found {Describe(v)}");
                        id = g;
                        break;
                    case "session": session = RequiredText(p); break;
                    case "source": source = RequiredText(p); break;
                    case "kind": kind = RequiredText(p); break;
                    case "seq":
                        seq = Long(p);
                        if (seq < 0)
                            return Fail("seq", "expected an integer of at least 0");
                        break;
                    case "ts": ts = Long(p); break;
                    case "duration": duration = Long(p); break;
                    case "source_row": sourceRow = Long(p); break;
                    case "x": x = Int(p); break;
                    case "y": y = Int(p); break;
                    case "user": user = Text(p); break;
                    case "machine": machine = Text(p); break;
                    case "team": team = Text(p); break;
                    case "app": app = Text(p); break;
                    case "window": window = Text(p); break;
                    case "url": url = Text(p); break;
                    case "target_role": targetRole = Text(p); break;
                    case "target_name": targetName = Text(p); break;
                    case "target_id": targetId = Text(p); break;
                    case "target_path": targetPath = Text(p); break;
                    case "value": value = Text(p); break;
                    case "value_hash": valueHash = Text(p); break;
                    case "case_id": caseId = Text(p); break;
                    case "activity": activity = Text(p); break;
                    case "attrs": attrs = Attrs(p); break;
                    default:
                        return Fail(p.Name, "unknown field; schema v1 names are listed in docs/event-schema.md");
                }
                if (Problem is not null)
                    return null;
            }
            if (id is null)
                return Fail("id", "required field is missing (a UUID as text)");
            if (session is null)
                return Fail("session", "required field is missing (non-empty text)");
            if (seq is null)
                return Fail("seq", "required field is missing (an integer of at least 0)");
            if (source is null)
                return Fail("source", "required field is missing (non-empty text)");
            if (kind is null)
                return Fail("kind", "required field is missing (non-empty text)");
            return new UiEvent
            {
                Id = id.Value, Session = session, Seq = seq.Value, Source = source, Kind = kind, Ts = ts, Duration = duration,
                SourceRow = sourceRow, X = x, Y = y, User = user, Machine = machine, Team = team, App = app, Window = window, Url = url,
                TargetRole = targetRole, TargetName = targetName, TargetId = targetId, TargetPath = targetPath, Value = value,
                ValueHash = valueHash, CaseId = caseId, Activity = activity, Attrs = attrs,
            };
        }

        private string? RequiredText(JsonProperty p)
        {
            var text = Text(p);
            if (Problem is null && string.IsNullOrEmpty(text))
                Fail(p.Name, "expected non-empty text");
            return text;
        }

        private string? Text(JsonProperty p)
        {
            if (p.Value.ValueKind == JsonValueKind.Null)
                return null;
            if (p.Value.ValueKind != JsonValueKind.String)
            {
                Fail(p.Name, $"expected text or null, found {Describe(p.Value)}");
                return null;
            }
            var s = p.Value.GetString()!;
            if (s.Length > maxText)
                Fail(p.Name, $"text of {s.Length} characters is longer than the limit of {maxText}");
            return s;
        }

        private long? Long(JsonProperty p)
        {
            if (p.Value.ValueKind == JsonValueKind.Null)
                return null;
            if (p.Value.ValueKind == JsonValueKind.Number && p.Value.TryGetInt64(out var n))
                return n;
            Fail(p.Name, $"expected a whole number (64-bit) or null, found {Describe(p.Value)}");
            return null;
        }

        private int? Int(JsonProperty p)
        {
            if (p.Value.ValueKind == JsonValueKind.Null)
                return null;
            if (p.Value.ValueKind == JsonValueKind.Number && p.Value.TryGetInt32(out var n))
                return n;
            Fail(p.Name, $"expected a whole number (32-bit) or null, found {Describe(p.Value)}");
            return null;
        }

        private Dictionary<string, string>? Attrs(JsonProperty p)
        {
            if (p.Value.ValueKind == JsonValueKind.Null)
                return null;
            if (p.Value.ValueKind != JsonValueKind.Object)
            {
                Fail("attrs", $"expected an object of text values, found {Describe(p.Value)}");
                return null;
            }
            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var a in p.Value.EnumerateObject())
            {
                if (a.Value.ValueKind != JsonValueKind.String)
                {
                    Fail("attrs." + a.Name, $"expected text, found {Describe(a.Value)}");
                    return null;
                }
                var text = a.Value.GetString()!;
                if (text.Length > maxText || a.Name.Length > maxText)
                {
                    Fail("attrs." + a.Name, $"text is longer than the limit of {maxText} characters");
                    return null;
                }
                map[a.Name] = text;
                if (map.Count > maxAttrs)
                {
                    Fail("attrs", $"more than {maxAttrs} attributes");
                    return null;
                }
            }
            return map;
        }

        private UiEvent? Fail(string? field, string problem)
        {
            if (Problem is null)
            {
                Field = field;
                Problem = problem;
            }
            return null;
        }

        private static string Describe(JsonElement v) => v.ValueKind switch
        {
            JsonValueKind.String => "text",
            JsonValueKind.Number => "a number",
            JsonValueKind.True or JsonValueKind.False => "a boolean",
            JsonValueKind.Array => "an array",
            JsonValueKind.Object => "an object",
            JsonValueKind.Null => "null",
            _ => v.ValueKind.ToString(),
        };
    }
}
