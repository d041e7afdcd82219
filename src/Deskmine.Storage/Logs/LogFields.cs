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
/// The fields are resolved once; each event is read through <see cref="IEventFields"/>, so a <see cref="UiEvent"/> and
/// a CSV row read without building an event get the same answers.
/// </summary>
internal sealed class LogFields
{
    /// <summary>Label of an event that has no value for any field of the classifier (the store's label too).</summary>
    public const string NoActivity = LogReader.NoActivity;

    private const string Source = "log query";
    private const string Separator = " | ";
    private readonly string _caseNotion;
    private readonly ActivityRule _activityRule;
    private readonly FieldRef[] _classifier;
    private readonly FieldRef[] _attributes;

    public LogFields(LogQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        _caseNotion = query.CaseNotion;
        CasesByName = query.CaseNotion switch
        {
            CaseNotions.Imported => false,
            CaseNotions.Session or CaseNotions.User or CaseNotions.Auto => true,
            CaseNotions.Truth or CaseNotions.Segment or CaseNotions.Mined => true,
            _ => throw new InputException(Source, null, "case notion",
                $"unknown case notion '{query.CaseNotion}'; expected one of {string.Join(", ", CaseNotions.All)}."),
        };
        var classifier = query.Classifier;
        if (classifier.Count == 1 && classifier[0] == "activity")
            (_activityRule, _classifier) = (ActivityRule.ActivityField, []);
        else if (classifier.Count == 0 || (classifier.Count == 1 && classifier[0] == "auto"))
            (_activityRule, _classifier) = (ActivityRule.Auto, []);
        else
            (_activityRule, _classifier) = (ActivityRule.Parts, classifier.Select(f => Field(f, "classifier")).ToArray());
        _attributes = query.Attributes.Select(AttributeOf).ToArray();
        AttributeNames = query.Attributes.ToArray();
        UsesRowNumbers = query.Classifier.Concat(query.Attributes).Any(f => f is "seq" or "source_row");
        UsesEventIds = _classifier.Concat(_attributes).Any(f => f.Field == EventField.Id);
    }

    private enum ActivityRule
    {
        /// <summary>The <c>activity</c> field alone.</summary>
        ActivityField,

        /// <summary>The activity, else application, kind and element joined.</summary>
        Auto,

        /// <summary>The classifier's fields joined, missing ones skipped.</summary>
        Parts,
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

    /// <summary>Whether a field is the event id, which only a built <see cref="UiEvent"/> has.</summary>
    public bool UsesEventIds { get; }

    /// <summary>The case key of <paramref name="e"/>, or null when it belongs to no case.</summary>
    public string? Case<TEvent>(TEvent e)
        where TEvent : IEventFields => _caseNotion switch
        {
            CaseNotions.Imported => e.Text(EventField.CaseId, null),
            CaseNotions.Session => NullIfEmpty(e.Text(EventField.Session, null)),
            CaseNotions.User => e.Text(EventField.User, null),
            CaseNotions.Auto => e.Text(EventField.CaseId, null) ?? NullIfEmpty(e.Text(EventField.Session, null)),
            _ => null,
        };

    /// <summary>The activity label of <paramref name="e"/>; <see cref="NoActivity"/> when no field has a value.</summary>
    public string Activity<TEvent>(TEvent e)
        where TEvent : IEventFields
    {
        switch (_activityRule)
        {
            case ActivityRule.ActivityField:
                return e.Text(EventField.Activity, null) ?? NoActivity;
            case ActivityRule.Auto:
                return e.Text(EventField.Activity, null)
                    ?? NullIfEmpty(Join(e.Text(EventField.App, null), e.Text(EventField.Kind, null), e.Text(EventField.TargetName, null)))
                    ?? NoActivity;
            default:
                if (_classifier.Length == 1)
                    return NullIfEmpty(e.Text(_classifier[0].Field, _classifier[0].Key)) ?? NoActivity;
                // concat_ws: missing values are skipped, empty ones are not.
                string? label = null;
                foreach (var part in _classifier)
                {
                    if (e.Text(part.Field, part.Key) is { } text)
                        label = label is null ? text : label + Separator + text;
                }
                return NullIfEmpty(label) ?? NoActivity;
        }
    }

    /// <summary>The value of attribute <paramref name="index"/> of <paramref name="e"/>, or null.</summary>
    public string? Attribute<TEvent>(TEvent e, int index)
        where TEvent : IEventFields => e.Text(_attributes[index].Field, _attributes[index].Key);

    /// <summary>
    /// The same query as a plan of columns and constants for rows whose fields <paramref name="slot"/> locates, or
    /// null when some value needs more than one column (then each row is read through <see cref="IEventFields"/>).
    /// The plan gives every row the values <see cref="Case"/>, <see cref="Activity"/> and <see cref="Attribute"/> give it.
    /// </summary>
    public RowPlan? PlanRows(Func<EventField, string?, FieldSlot?> slot)
    {
        ArgumentNullException.ThrowIfNull(slot);
        ValuePlan? Read(EventField field, string? key = null) =>
            slot(field, key) is { } s ? new ValuePlan(s.Column, s.Column >= 0 ? null : s.Constant) : null;

        var caseKey = _caseNotion switch
        {
            CaseNotions.Imported => Read(EventField.CaseId),
            CaseNotions.Session => NonEmpty(Read(EventField.Session)),
            CaseNotions.User => Read(EventField.User),
            CaseNotions.Auto => Or(Read(EventField.CaseId), NonEmpty(Read(EventField.Session))),
            _ => new ValuePlan(-1, null),
        };
        var none = new ValuePlan(-1, NoActivity);
        ValuePlan? activity;
        switch (_activityRule)
        {
            case ActivityRule.ActivityField:
                activity = Or(Read(EventField.Activity), none);
                break;
            case ActivityRule.Auto:
                var (app, kind, target) = (Read(EventField.App), Read(EventField.Kind), Read(EventField.TargetName));
                ValuePlan? joined = app is { Column: < 0 } a && kind is { Column: < 0 } k && target is { Column: < 0 } t
                    ? new ValuePlan(-1, NullIfEmpty(Join(a.Fallback, k.Fallback, t.Fallback))) : null;
                activity = Or(Or(Read(EventField.Activity), joined), none);
                break;
            default:
                activity = _classifier.Length == 1 ? Or(NonEmpty(Read(_classifier[0].Field, _classifier[0].Key)), none) : null;
                break;
        }
        var attributes = new ValuePlan[_attributes.Length];
        for (var i = 0; i < attributes.Length; i++)
        {
            if (Read(_attributes[i].Field, _attributes[i].Key) is not { } value)
                return null;
            attributes[i] = value;
        }
        return caseKey is { } c && activity is { } act ? new RowPlan(c, act, attributes) : null;
    }

    // x ?? y: a column's text is never null when it is used, so only its fallback can be replaced.
    private static ValuePlan? Or(ValuePlan? x, ValuePlan? y)
    {
        if (x is not { } first)
            return null;
        if (first.Fallback is not null)
            return first;
        if (y is not { } second)
            return null;
        if (first.Column < 0)
            return second;
        return second.Column < 0 ? first with { Fallback = second.Fallback } : null;
    }

    // A column's text is never empty when it is used; a constant may be.
    private static ValuePlan? NonEmpty(ValuePlan? x) => x is { } v ? v with { Fallback = NullIfEmpty(v.Fallback) } : null;

    private static FieldRef AttributeOf(string name) => name switch
    {
        "activity" => new(EventField.Activity),
        "case_id" => new(EventField.CaseId),
        _ => Field(name, "attribute"),
    };

    /// <summary>The schema v1 field, <c>attrs.KEY</c>, <c>truth.*</c> or <c>derived.*</c> a name means; the store's names and errors.</summary>
    private static FieldRef Field(string name, string role)
    {
        if (name.StartsWith("attrs.", StringComparison.Ordinal) && name.Length > 6)
            return new(EventField.Attr, name[6..]);
        EventField? field = name switch
        {
            "session" => EventField.Session,
            "user" => EventField.User,
            "machine" => EventField.Machine,
            "team" => EventField.Team,
            "source" => EventField.Source,
            "kind" => EventField.Kind,
            "app" => EventField.App,
            "window" => EventField.Window,
            "url" => EventField.Url,
            "target_role" => EventField.TargetRole,
            "target_name" => EventField.TargetName,
            "target_id" => EventField.TargetId,
            "target_path" => EventField.TargetPath,
            "value" => EventField.Value,
            "value_hash" => EventField.ValueHash,
            "seq" => EventField.Seq,
            "ts" => EventField.Ts,
            "duration" => EventField.Duration,
            "x" => EventField.X,
            "y" => EventField.Y,
            "source_row" => EventField.SourceRow,
            "activity" => EventField.Activity,
            "case_id" => EventField.CaseId,
            "id" => EventField.Id,
            "truth.task_type" or "truth.task_instance" or "truth.step" => EventField.None,
            "derived.segment" or "derived.task_type" or "derived.case_id" or "derived.label" => EventField.None,
            _ => null,
        };
        return field is { } known ? new(known) : throw new InputException(Source, null, role,
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

    private readonly record struct FieldRef(EventField Field, string? Key = null);
}
