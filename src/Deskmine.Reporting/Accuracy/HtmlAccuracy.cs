using System.Globalization;

namespace Deskmine.Reporting.Accuracy;

/// <summary>The accuracy panel: found beside true, the scores with what they mean, and which true type each found type is.</summary>
internal static class HtmlAccuracy
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static void Write(TextWriter w, AccuracySection? accuracy)
    {
        if (accuracy is null)
            return;
        w.WriteLine("<section id=\"accuracy\"><h2>Accuracy against the ground truth</h2>");
        w.WriteLine($"<p class=\"lead\">Everything else in this report is what Deskmine found on its own. This panel alone uses the truth to say how well it found it. Truth: {Html.Escape(accuracy.TruthSource)}.</p>");
        if (accuracy.Counts.Count > 0)
        {
            w.WriteLine("<div class=\"table-wrap\"><table class=\"data accuracy-counts\"><thead><tr><th></th><th class=\"num\">Found by Deskmine</th><th class=\"num\">True</th></tr></thead><tbody>");
            foreach (var c in accuracy.Counts)
                w.WriteLine($"<tr><td class=\"name\">{Html.Escape(c.Label)}</td><td class=\"num\">{Html.Count(c.Found)}</td><td class=\"num\">{Html.Count(c.True)}</td></tr>");
            w.WriteLine("</tbody></table></div>");
        }

        if (accuracy.Scores.Count > 0)
        {
            w.WriteLine("<h3>Scores</h3><div class=\"table-wrap\"><table class=\"data accuracy-scores\"><thead><tr><th>Score</th><th class=\"num\">Value</th><th>Best</th><th>What it measures</th></tr></thead><tbody>");
            foreach (var s in accuracy.Scores)
            {
                w.WriteLine(string.Create(Inv,
                    $"<tr><td class=\"name\">{Html.Escape(s.Label)}</td><td class=\"num\">{s.Value:0.000}</td><td class=\"num\">{(s.LowerIsBetter ? "0" : "1")}</td><td>{Html.Escape(s.Meaning)}</td></tr>"));
            }
            w.WriteLine("</tbody></table></div>");
        }

        if (accuracy.TypeMatches.Count > 0)
        {
            w.WriteLine("<h3>Task types found and what they truly are</h3><div class=\"table-wrap\"><table class=\"data accuracy-types\"><thead><tr><th>Found by Deskmine</th><th class=\"num\">Instances</th><th>True task type of most of its events</th><th class=\"num\">Share of its events</th></tr></thead><tbody>");
            foreach (var m in accuracy.TypeMatches)
            {
                var truth = m.TrueType is null ? "<span class=\"share\">no task (noise)</span>" : Html.Escape(m.TrueType);
                w.WriteLine(string.Create(Inv,
                    $"<tr><td class=\"name\">{Html.Escape(m.Found)}</td><td class=\"num\">{Html.Count(m.Instances)}</td><td>{truth}</td><td class=\"num\">{m.Share:P0}</td></tr>"));
            }
            w.WriteLine("</tbody></table></div>");
        }

        if (accuracy.Command is { } command)
            w.WriteLine($"<p class=\"note\">The same figures: <code>{Html.Escape(command)}</code></p>");
        w.WriteLine("</section>");
    }
}
