using System.Text.RegularExpressions;
using Deskmine.Analysis.Transfers;

namespace Deskmine.Analysis.Guides;

/// <summary>
/// Finds the data transfers that touch a step's field. A transfer names its fields as its detector saw them (an
/// element name, id, field name or cell); a step matches when its application matches and one of its element's
/// names equals the transfer's field, ignoring case, also after digits are templated (cell <c>A2</c> matches the
/// step's <c>A&lt;n&gt;</c>), after a sheet prefix and a header (<c>Sheet1!A (Surname)</c>), and as a column (the
/// transfer detector names a cell by its column: <c>Student details!A</c> matches the step's cell <c>A&lt;n&gt;</c>).
/// </summary>
internal static partial class GuideData
{
    public static IReadOnlyList<GuideDataFlow> Flows(StepShape shape, int taskType, DataTransferReport? transfers)
    {
        if (transfers is null || shape.Application is null)
            return [];
        var names = Names(shape.Element);
        if (names.Count == 0)
            return [];
        var flows = new List<GuideDataFlow>();
        foreach (var t in transfers.Transfers)
        {
            if (t.TaskType != taskType)
                continue;
            if (SameApp(t.ToApp, shape.Application) && Matches(t.ToField, names, shape.Screen))
                flows.Add(new GuideDataFlow(GuideFlowDirection.In, t.FromApp, t.FromField, t.Count, t.Transformation));
            if (SameApp(t.FromApp, shape.Application) && Matches(t.FromField, names, shape.Screen))
                flows.Add(new GuideDataFlow(GuideFlowDirection.Out, t.ToApp, t.ToField, t.Count, t.Transformation));
        }
        return flows;
    }

    private static HashSet<string> Names(GuideElement e)
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var n in new[] { e.Name, e.FieldName, e.Id, e.Path })
        {
            if (n is not null)
            {
                set.Add(n);
                set.Add(Digits().Replace(n, "<n>"));
                if (Cell().IsMatch(n))
                    set.Add(Rows().Replace(n, ""));
            }
        }
        return set;
    }

    // A field named with its sheet (Student details!A) matches only a step on that sheet, when the step's is known.
    private static bool Matches(string field, HashSet<string> names, string? screen)
    {
        var f = CommonText.Clean(field);
        if (f is null)
            return false;
        var bang = f.LastIndexOf('!');
        if (bang > 0 && screen is not null && !string.Equals(f[..bang], screen, StringComparison.OrdinalIgnoreCase))
            return false;
        var cell = bang >= 0 ? f[(bang + 1)..] : f;
        var header = cell.IndexOf(" (", StringComparison.Ordinal);
        if (header > 0 && cell.EndsWith(')'))
            cell = cell[..header];
        return names.Contains(f) || names.Contains(cell) || names.Contains(Digits().Replace(cell, "<n>"));
    }

    private static bool SameApp(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^[A-Z]{1,3}(\d+|<n>)(:[A-Z]{1,3}(\d+|<n>))?$")]
    private static partial Regex Cell();

    [GeneratedRegex(@"\d+|<n>")]
    private static partial Regex Rows();
}
