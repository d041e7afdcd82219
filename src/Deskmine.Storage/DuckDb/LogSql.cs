using System.Text;
using Deskmine.Core.Errors;
using Deskmine.Core.Logs;

namespace Deskmine.Storage.DuckDb;

/// <summary>
/// Turns a <see cref="LogQuery"/> into SQL over <c>events</c>: the case key, the activity label and each
/// attribute become dictionary codes. Stored codes (case, activity, coded text fields) are read as they are; the
/// query does not sort (the reader sorts in memory, which is much cheaper than DuckDB's ORDER BY of every row).
/// </summary>
internal sealed class LogSql
{
    private const string Source = "log query";
    private readonly List<string> _attrKeys = [];
    private readonly List<string> _namedFields = [];
    private bool _needsCaseNames;
    private bool _needsActivityNames;
    private bool _needsTruth;
    private bool _needsDerived;

    public LogSql(LogQuery query, bool everyEventHasActivity)
    {
        ArgumentNullException.ThrowIfNull(query);
        Case = CaseDimension(query.CaseNotion);
        Activity = ActivityDimension(query.Classifier, everyEventHasActivity);
        Attributes = query.Attributes.Select(AttributeDimension).ToArray();
        AttributeNames = query.Attributes.ToArray();
    }

    public LogDimension Case { get; }

    public LogDimension Activity { get; }

    public IReadOnlyList<LogDimension> Attributes { get; }

    public IReadOnlyList<string> AttributeNames { get; }

    /// <summary>The events joined with everything the expressions refer to, as columns k, a, x0…, ts, duration, row_no.</summary>
    public string Base()
    {
        // Times are clamped to years 1–9999 (old workspaces may hold others), and so is the end of an interval.
        var ts = DuckDbSchema.ClampedTs("e.ts");
        var sb = new StringBuilder("SELECT e.row_no, ").Append(ts).Append(" AS ts, CASE WHEN e.duration IS NULL THEN 0 ELSE coalesce(least(e.duration, ")
            .Append(Core.Timestamps.MaxMicros.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(" - (").Append(ts)
            .Append(")), e.duration) END AS duration, ");
        sb.Append(Case.Expression).Append(" AS k, ").Append(Activity.Expression).Append(" AS a");
        for (var i = 0; i < Attributes.Count; i++)
            sb.Append(", ").Append(Attributes[i].Expression).Append(" AS x").Append(i);
        sb.Append(" FROM events e");
        if (_needsCaseNames)
            sb.Append(" LEFT JOIN cases c ON c.code = e.case_code");
        if (_needsActivityNames)
            sb.Append(" LEFT JOIN activities act ON act.code = e.activity_code");
        foreach (var field in _namedFields)
            sb.Append(" LEFT JOIN names n_").Append(field).Append(" ON n_").Append(field).Append(".code = e.").Append(field).Append("_code");
        if (_needsTruth)
            sb.Append(" LEFT JOIN (SELECT event_id, any_value(task_instance) AS task_instance, any_value(task_type) AS task_type, any_value(step) AS step FROM truth GROUP BY event_id) t ON t.event_id = e.id");
        if (_needsDerived)
            sb.Append(" LEFT JOIN (SELECT event_id, any_value(segment) AS segment, any_value(task_type) AS task_type, any_value(case_id) AS case_id, any_value(label) AS label FROM derived WHERE run = ")
              .Append(DuckDbSchema.Literal(DerivedRuns.Recognition)).Append(" GROUP BY event_id) dr ON dr.event_id = e.id");
        for (var i = 0; i < _attrKeys.Count; i++)
            sb.Append(" LEFT JOIN event_attrs ak").Append(i).Append(" ON ak").Append(i).Append(".row_no = e.row_no AND ak").Append(i)
              .Append(".\"key\" = ").Append(DuckDbSchema.Literal(_attrKeys[i]));
        return sb.ToString();
    }

    /// <summary>Names of a text dimension, in code order (codes are ranks in this order).</summary>
    public string Names(string column) =>
        $"WITH base AS ({Base()}) SELECT DISTINCT {column} FROM base WHERE {column} IS NOT NULL ORDER BY 1";

    /// <summary>
    /// The main query: columns case code, activity code, attribute codes, ts, row_no and, when
    /// <paramref name="withDurations"/>, duration; in no particular order; events without a case left out.
    /// </summary>
    public string Main(bool withDurations)
    {
        var sb = new StringBuilder("WITH base AS (").Append(Base()).Append(')');
        var dims = new List<(string Column, LogDimension Dim)> { ("k", Case), ("a", Activity) };
        for (var i = 0; i < Attributes.Count; i++)
            dims.Add(("x" + i, Attributes[i]));
        foreach (var (column, dim) in dims.Where(d => !d.Dim.IsStoredCode))
            sb.Append(", d_").Append(column).Append(" AS (SELECT v, CAST(row_number() OVER (ORDER BY v) - 1 AS INTEGER) AS code FROM (SELECT DISTINCT ")
              .Append(column).Append(" AS v FROM base WHERE ").Append(column).Append(" IS NOT NULL))");
        sb.Append(" SELECT ");
        sb.AppendJoin(", ", dims.Select(d => d.Dim.IsStoredCode ? $"CAST(b.{d.Column} AS INTEGER)" : $"d_{d.Column}.code"));
        sb.Append(", b.ts, b.row_no").Append(withDurations ? ", b.duration" : "").Append(" FROM base b");
        foreach (var (column, _) in dims.Where(d => !d.Dim.IsStoredCode))
            sb.Append(" LEFT JOIN d_").Append(column).Append(" ON d_").Append(column).Append(".v = b.").Append(column);
        sb.Append(" WHERE b.k IS NOT NULL");
        return sb.ToString();
    }

    private LogDimension CaseDimension(string notion)
    {
        switch (notion)
        {
            case CaseNotions.Imported:
                return new LogDimension("e.case_code", "SELECT name FROM cases ORDER BY code");
            case CaseNotions.Truth:
                _needsTruth = true;
                return new LogDimension("nullif(t.task_instance, '')", null);
            case CaseNotions.Session:
                return new LogDimension($"nullif({Named("session")}, '')", null);
            case CaseNotions.User:
                // Computed rather than the stored code so that cases come in name order, as for every computed notion.
                return new LogDimension(Named("user"), null);
            case CaseNotions.Segment:
                _needsDerived = true;
                return new LogDimension("nullif(dr.segment, '')", null);
            case CaseNotions.Mined:
                _needsDerived = true;
                return new LogDimension("coalesce(nullif(dr.case_id, ''), nullif(dr.segment, ''))", null);
            case CaseNotions.Auto:
                _needsTruth = true;
                _needsCaseNames = true;
                return new LogDimension($"coalesce(c.name, nullif(t.task_instance, ''), nullif({Named("session")}, ''))", null);
            default:
                throw new InputException(Source, null, "case notion",
                    $"unknown case notion '{notion}'; expected one of {string.Join(", ", CaseNotions.All)}.");
        }
    }

    private LogDimension ActivityDimension(IReadOnlyList<string> classifier, bool everyEventHasActivity)
    {
        var auto = classifier.Count == 0 || (classifier.Count == 1 && classifier[0] == "auto");
        if ((auto && everyEventHasActivity) || (classifier.Count == 1 && classifier[0] == "activity"))
            return new LogDimension("e.activity_code", "SELECT name FROM activities ORDER BY code");
        if (auto)
        {
            _needsActivityNames = true;
            return new LogDimension($"coalesce(act.name, nullif(concat_ws(' | ', {Named("app")}, {Named("kind")}, {Named("target_name")}), ''))", null);
        }
        var parts = classifier.Select(f => Field(f, "classifier")).ToArray();
        return new LogDimension($"nullif(concat_ws(' | ', {string.Join(", ", parts)}), '')", null);
    }

    // Attributes that are stored codes need no text at all: the reader maps the codes through the dictionary.
    private LogDimension AttributeDimension(string name) => name switch
    {
        _ when DuckDbSchema.IsCoded(name) => new LogDimension($"e.{name}_code", "SELECT name FROM names ORDER BY code"),
        "activity" => new LogDimension("e.activity_code", "SELECT name FROM activities ORDER BY code"),
        "case_id" => new LogDimension("e.case_code", "SELECT name FROM cases ORDER BY code"),
        _ => new LogDimension(Field(name, "attribute"), null),
    };

    /// <summary>The text of a coded field, through a join with <c>names</c>.</summary>
    private string Named(string field)
    {
        if (!_namedFields.Contains(field))
            _namedFields.Add(field);
        return $"n_{field}.name";
    }

    /// <summary>SQL text expression for a schema v1 field name or <c>attrs.KEY</c>.</summary>
    private string Field(string name, string role)
    {
        if (name.StartsWith("attrs.", StringComparison.Ordinal) && name.Length > 6)
        {
            var key = name[6..];
            var index = _attrKeys.IndexOf(key);
            if (index < 0)
            {
                index = _attrKeys.Count;
                _attrKeys.Add(key);
            }
            return $"ak{index}.\"value\"";
        }
        if (DuckDbSchema.IsCoded(name))
            return Named(name);
        if (DuckDbSchema.TextFields.Contains(name))
            return "e." + DuckDbSchema.Ident(name);
        if (DuckDbSchema.NumberFields.Contains(name))
            return $"CAST(e.{DuckDbSchema.Ident(name)} AS VARCHAR)";
        switch (name)
        {
            case "activity":
                _needsActivityNames = true;
                return "act.name";
            case "case_id":
                _needsCaseNames = true;
                return "c.name";
            case "id":
                return "CAST(e.id AS VARCHAR)";
            case "truth.task_type" or "truth.task_instance" or "truth.step":
                _needsTruth = true;
                return "nullif(t." + name[6..] + ", '')";
            case "derived.segment" or "derived.task_type" or "derived.case_id" or "derived.label":
                _needsDerived = true;
                return "nullif(dr." + name[8..] + ", '')";
            default:
                throw new InputException(Source, null, role,
                    $"unknown field '{name}'; expected a schema v1 field (app, kind, target_name, window, url, user, team, activity, case_id …) or attrs.KEY, truth.task_type|task_instance|step, derived.segment|task_type|case_id|label.");
        }
    }
}
