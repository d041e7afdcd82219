namespace Deskmine.Reporting;

/// <summary>
/// The task types of a report, first thing after the header: each with its instances, events, map size and most
/// frequent steps, and a link that opens its map (the page script selects it; without script the link still leads to
/// the map section, where the selector offers it).
/// </summary>
internal static class HtmlTaskTypes
{
    private const int StepsShown = 3;

    public static void Write(TextWriter w, ReportModel model)
    {
        if (model.TaskMaps.Count == 0)
            return;
        var instances = model.TaskMaps.Sum(t => (long)t.Map.NumCases);
        w.WriteLine("<section id=\"task-types\"><h2>Task types</h2>");
        w.WriteLine($"<p class=\"lead\">{Html.Count(model.TaskMaps.Count)} task types with a map of their own, most instances first. Choose one to open its process map.</p>");
        w.WriteLine("<div class=\"table-wrap\"><table class=\"data task-types\"><thead><tr><th>Task type</th><th class=\"num\">Instances</th><th class=\"num\">Share</th><th class=\"num\">Events</th><th class=\"num\">Steps on its map</th><th>Most frequent steps</th></tr></thead><tbody>");
        for (var i = 0; i < model.TaskMaps.Count; i++)
        {
            var (name, map) = (model.TaskMaps[i].Name, model.TaskMaps[i].Map);
            var top = map.Activities.OrderByDescending(a => a.Count).ThenBy(a => a.Name, StringComparer.Ordinal)
                .Where(a => !a.Name.StartsWith("Other (", StringComparison.Ordinal)).Take(StepsShown).Select(a => Html.Escape(a.Name));
            w.WriteLine($"<tr><td class=\"name\"><a href=\"#map\" data-map=\"{i + 1}\">{Html.Escape(name)}</a></td><td class=\"num\">{Html.Count(map.NumCases)}</td>"
                + $"<td class=\"num\">{Html.Percent(map.NumCases, instances)}</td><td class=\"num\">{Html.Count(map.NumEvents)}</td>"
                + $"<td class=\"num\">{Html.Count(map.Activities.Count)}</td><td>{string.Join("; ", top)}</td></tr>");
        }

        w.WriteLine("</tbody></table></div></section>");
    }
}
