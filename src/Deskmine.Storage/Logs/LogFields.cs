using System.Globalization;
using Deskmine.Core.Errors;
using Deskmine.Core.Events;
using Deskmine.Core.Logs;
using Deskmine.Storage.DuckDb;

namespace Deskmine.Storage.Logs;

/// <summary>
/// A <see cref="LogQuery"/> evaluated on one event in memory, with the meaning the store gives it in SQL
/// (<c>LogSql</c>): the case key, the activity label and each attribute as text. A file read without a store has no
/// ground truth and no recognition runs, so <c>truth</c>, <c>segment</c> and <c>mined</c> (and fields of
/// <c>truth.*</c> and <c>derived.*</c>) are missing for every event, exactly as in a store the file was just imported into.
/// </summary>
internal sealed class LogFields
{
    /// <summary>Label of an event that has no value for any field of the classifier (the store's label too).</summary>
    public const string NoActivity = LogReader.NoActivity;

    private const string Source = "log query";
    private const string Separator = " | ";
    private readonly Func<UiEvent, string?> _case;
    private readonly Func<UiEvent, string?> _activity;
    private readonly Func<UiEvent, string?>[] _attributes;

    public LogFields(LogQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        (_case, CasesByName) = CaseOf(query.CaseNotion);
        _activity = ActivityOf(query.Classifier);
        _attributes = query.Attributes.Select(AttributeOf).ToArray();
        AttributeNames = query.Attributes.ToArray();
        UsesRowNumbers = query.Classifier.Concat(query.Attributes).Any(f => f is "seq" or "source_row");
    }

    /// <summary>
    /// Whether cases are listed in name order (every computed notion, as the store sorts its computed codes) rather
    /// than in order of first appearance (the imported case id, coded in arrival order).
    /// </summary>
    public bool CasesByName { get; }

    /// <summary>Names of the attribute columns, in query order.</summary>
    public IReadOnlyList<string> AttributeNames { get; }

    /// <summary>
    /// Whether a field depends on the row number inside the file (<c>seq</c>, <c>source_row</c>), which a reader
    /// working on a part of the file does not know.
    /// </summary>
    public bool UsesRowNumbers { get; }

    /// <summary>The case key of <paramref name="e"/>, or null when it belongs to no case.</summary>
    public string? Case(UiEvent e) => _case(e);

    /// <summary>The activity label of <paramref name="e"/>; <see cref="NoActivity"/> when no field has a value.</summary>
    public string Activity(UiEvent e) => _activity(e) ?? NoActivity;

    /// <summary>The value of attribute <paramref name="index"/> of <paramref name="e"/>, or null.</summary>
    public string? Attribute(UiEvent e, int index) => _attributes[index](e);

    private static (Func<UiEvent, string?> Of, bool ByName) CaseOf(string notion) => notion switch
    {
        CaseNotions.Imported => (e => e.CaseId, false),
        CaseNotions.Session => (e => NullIfEmpty(e.Session), true),
        CaseNotions.User => (e => e.User, true),
        CaseNotions.Auto => (e => e.CaseId ?? NullIfEmpty(e.Session), true),
        CaseNotions.Truth or CaseNotions.Segment or CaseNotions.Mined => (_ => null, true),
        _ => throw new InputException(Source, null, "case notion",
            $"unknown case notion '{notion}'; expected one of {string.Join(", ", CaseNotions.All)}."),
    };

    private static Func<UiEvent, string?> ActivityOf(IReadOnlyList<string> classifier)
    {
        var auto = classifier.Count == 0 || (classifier.Count == 1 && classifier[0] == "auto");
        if (classifier.Count == 1 && classifier[0] == "activity")
            return e => e.Activity;
        if (auto)
            return e => e.Activity ?? NullIfEmpty(Join(e.App, e.Kind, e.TargetName));
        var parts = classifier.Select(f => Field(f, "classifier")).ToArray();
        if (parts.Length == 1)
            return e => NullIfEmpty(parts[0](e));
        return e =>
        {
            // concat_ws: missing values are skipped, empty ones are not.
            string? label = null;
            foreach (var part in parts)
            {
                if (part(e) is { } text)
                    label = label is null ? text : label + Separator + text;
            }
            return NullIfEmpty(label);
        };
    }

    private static Func<UiEvent, string?> AttributeOf(string name) => name switch
    {
        "activity" => e => e.Activity,
        "case_id" => e => e.CaseId,
        _ => Field(name, "attribute"),
    };

    /// <summary>The text of a schema v1 field, <c>attrs.KEY</c>, <c>truth.*</c> or <c>derived.*</c>; the store's names and errors.</summary>
    private static Func<UiEvent, string?> Field(string name, string role)
    {
        if (name.StartsWith("attrs.", StringComparison.Ordinal) && name.Length > 6)
        {
            var key = name[6..];
            return e => e.Attrs is { } attrs && attrs.TryGetValue(key, out var value) ? value : null;
        }
        var inv = CultureInfo.InvariantCulture;
        Func<UiEvent, string?>? field = name switch
        {
            "session" => e => e.Session,
            "user" => e => e.User,
            "machine" => e => e.Machine,
            "team" => e => e.Team,
            "source" => e => e.Source,
            "kind" => e => e.Kind,
            "app" => e => e.App,
            "window" => e => e.Window,
            "url" => e => e.Url,
            "target_role" => e => e.TargetRole,
            "target_name" => e => e.TargetName,
            "target_id" => e => e.TargetId,
            "target_path" => e => e.TargetPath,
            "value" => e => e.Value,
            "value_hash" => e => e.ValueHash,
            "seq" => e => e.Seq.ToString(inv),
            "ts" => e => e.Ts?.ToString(inv),
            "duration" => e => e.Duration?.ToString(inv),
            "x" => e => e.X?.ToString(inv),
            "y" => e => e.Y?.ToString(inv),
            "source_row" => e => e.SourceRow?.ToString(inv),
            "activity" => e => e.Activity,
            "case_id" => e => e.CaseId,
            "id" => e => e.Id.ToString(),
            "truth.task_type" or "truth.task_instance" or "truth.step" => _ => null,
            "derived.segment" or "derived.task_type" or "derived.case_id" or "derived.label" => _ => null,
            _ => null,
        };
        return field ?? throw new InputException(Source, null, role,
            $"unknown field '{name}'; expected a schema v1 field (app, kind, target_name, window, url, user, team, activity, case_id …) or attrs.KEY, truth.task_type|task_instance|step, derived.segment|task_type|case_id|label.");
    }

    private static string? Join(string? a, string? b, string? c)
    {
        string? label = a;
        if (b is not null)
            label = label is null ? b : label + Separator + b;
        if (c is not null)
            label = label is null ? c : label + Separator + c;
        return label;
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
