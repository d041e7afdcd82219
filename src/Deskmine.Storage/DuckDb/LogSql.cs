using System.Text;
using Deskmine.Core.Errors;
using Deskmine.Core.Logs;

namespace Deskmine.Storage.DuckDb;

/// <summary>
/// Turns a <see cref="LogQuery"/> into SQL over <c>events</c>: the case key, the activity label and each
/// attribute become dictionary codes, sorted by case, timestamp and store order.
/// </summary>
internal sealed class LogSql
{
    private const string Source = "log query";
    private readonly List<string> _attrKeys = [];
    private bool _needsTruth;
    private bool _needsDerived;

    public LogSql(LogQuery query, bool everyEventHasActivity)
    {
        ArgumentNullException.ThrowIfNull(query);
        Case = CaseDimension(query.CaseNotion);
        Activity = ActivityDimension(query.Classifier, everyEventHasActivity);
        Attributes = query.Attributes.Select(a => new LogDimension(Field(a, "attribute"), null)).ToArray();
        AttributeNames = query.Attributes.ToArray();
    }

    public LogDimension Case { get; }

    public LogDimension Activity { get; }

    public IReadOnlyList<LogDimension> Attributes { get; }

    public IReadOnlyList<string> AttributeNames { get; }

    /// <summary>The events joined with everything the expressions refer to, as columns k, a, x0…, ts, row_no.</summary>
    public string Base()
    {
        var sb = new StringBuilder("SELECT e.row_no, e.ts, ");
        sb.Append(Case.Expression).Append(" AS k, ").Append(Activity.Expression).Append(" AS a");
        for (var i = 0; i < Attributes.Count; i++)
            sb.Append(", ").Append(Attributes[i].Expression).Append(" AS x").Append(i);
        sb.Append(" FROM events e LEFT JOIN cases c ON c.code = e.case_code LEFT JOIN activities act ON act.code = e.activity_code");
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

    /// <summary>The main query: columns case code, activity code, ts, row_no, attribute codes; cases without a key left out.</summary>
    public string Main()
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
        sb.Append(", b.ts, b.row_no FROM base b");
        foreach (var (column, _) in dims.Where(d => !d.Dim.IsStoredCode))
            sb.Append(" LEFT JOIN d_").Append(column).Append(" ON d_").Append(column).Append(".v = b.").Append(column);
        sb.Append(" WHERE b.k IS NOT NULL ORDER BY 1, b.ts NULLS FIRST, b.row_no");
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
                return new LogDimension("nullif(e.session, '')", null);
            case CaseNotions.User:
                return new LogDimension("e.\"user\"", null);
            case CaseNotions.Segment:
                _needsDerived = true;
                return new LogDimension("nullif(dr.segment, '')", null);
            case CaseNotions.Mined:
                _needsDerived = true;
                return new LogDimension("coalesce(nullif(dr.case_id, ''), nullif(dr.segment, ''))", null);
            case CaseNotions.Auto:
                _needsTruth = true;
                return new LogDimension("coalesce(c.name, nullif(t.task_instance, ''), nullif(e.session, ''))", null);
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
            return new LogDimension("coalesce(act.name, nullif(concat_ws(' | ', e.app, e.kind, e.target_name), ''))", null);
        var parts = classifier.Select(f => Field(f, "classifier")).ToArray();
        return new LogDimension($"nullif(concat_ws(' | ', {string.Join(", ", parts)}), '')", null);
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
        if (DuckDbSchema.TextFields.Contains(name))
            return "e." + DuckDbSchema.Ident(name);
        if (DuckDbSchema.NumberFields.Contains(name))
            return $"CAST(e.{DuckDbSchema.Ident(name)} AS VARCHAR)";
        switch (name)
        {
            case "activity":
                return "act.name";
            case "case_id":
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
