using System.Globalization;
using System.Text.Json;
using Deskmine.Core.Events;

namespace Deskmine.Storage.Formats;

/// <summary>
/// A mutable event filled field by field from text (a Deskmine CSV row, a Deskmine-written XES event), then
/// frozen into a <see cref="UiEvent"/>.
/// </summary>
internal sealed class UiEventDraft
{
    public Guid? Id;
    public string? Session;
    public long? Seq;
    public long? Ts;
    public long? Duration;
    public string? User, Machine, Team, Source, Kind, App, Window, Url;
    public string? TargetRole, TargetName, TargetId, TargetPath, Value, ValueHash, CaseId, Activity;
    public int? X, Y;
    public long? SourceRow;
    public Dictionary<string, string>? Attrs;

    /// <summary>XES types of attributes that are not of their default type (see <see cref="XesTypes"/>), while reading.</summary>
    public List<(string Key, string Type)>? Types;

    /// <summary>Sets schema field <paramref name="name"/> from text; returns the problem, or null when it is fine.</summary>
    /// <remarks>Unknown names are a problem too: callers decide whether they go to attrs.</remarks>
    public string? Set(string name, string text)
    {
        switch (name)
        {
            case "id":
                if (!Guid.TryParse(text, out var id))
                    return $"'{text}' is not a UUID.";
                Id = id;
                return null;
            case "session": Session = text; return null;
            case "seq": return Long(text, out Seq);
            case "ts":
                if (!TimestampText.TryParse(text, out var ts))
                    return $"'{CsvTable.Shown(text)}' is not an ISO 8601 timestamp in years 1 to 9999 (UTC).";
                Ts = ts;
                return null;
            case "duration": return Long(text, out Duration);
            case "user": User = text; return null;
            case "machine": Machine = text; return null;
            case "team": Team = text; return null;
            case "source": Source = text; return null;
            case "kind": Kind = text; return null;
            case "app": App = text; return null;
            case "window": Window = text; return null;
            case "url": Url = text; return null;
            case "target_role": TargetRole = text; return null;
            case "target_name": TargetName = text; return null;
            case "target_id": TargetId = text; return null;
            case "target_path": TargetPath = text; return null;
            case "x": return Int(text, out X);
            case "y": return Int(text, out Y);
            case "value": Value = text; return null;
            case "value_hash": ValueHash = text; return null;
            case "case_id": CaseId = text; return null;
            case "activity": Activity = text; return null;
            case "source_row": return Long(text, out SourceRow);
            case "attrs":
                try
                {
                    var parsed = JsonSerializer.Deserialize(text, AttrsJson.Default.DictionaryStringString);
                    if (parsed is not null)
                    {
                        Attrs ??= new Dictionary<string, string>(StringComparer.Ordinal);
                        foreach (var (k, v) in parsed)
                            Attrs[k] = v;
                    }
                    return null;
                }
                catch (JsonException e)
                {
                    return $"expected a JSON object of strings: {e.Message}";
                }
            default:
                return $"'{name}' is not a schema v1 field.";
        }
    }

    /// <summary>Adds an extra attribute.</summary>
    public void Attr(string key, string value)
    {
        Attrs ??= new Dictionary<string, string>(StringComparer.Ordinal);
        Attrs[key] = value;
    }

    /// <summary>Freezes the draft; missing id, session, seq, source and kind take the given defaults.</summary>
    public UiEvent Build(ImportIds ids, string session, long seq, string source, string kind, long? sourceRow) => new()
    {
        Id = Id ?? ids.Next(Ts),
        Session = Session ?? session,
        Seq = Seq ?? seq,
        Ts = Ts,
        Duration = Duration,
        User = User,
        Machine = Machine,
        Team = Team,
        Source = Source ?? source,
        Kind = Kind ?? kind,
        App = App,
        Window = Window,
        Url = Url,
        TargetRole = TargetRole,
        TargetName = TargetName,
        TargetId = TargetId,
        TargetPath = TargetPath,
        X = X,
        Y = Y,
        Value = Value,
        ValueHash = ValueHash,
        CaseId = CaseId,
        Activity = Activity,
        SourceRow = SourceRow ?? sourceRow,
        Attrs = Attrs,
    };

    private static string? Long(string text, out long? value)
    {
        value = null;
        if (!long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v))
            return $"'{text}' is not a whole number.";
        value = v;
        return null;
    }

    private static string? Int(string text, out int? value)
    {
        value = null;
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v))
            return $"'{text}' is not a whole number.";
        value = v;
        return null;
    }
}
