using System.Globalization;
using System.Text;
using Deskmine.Mining.Maps;

namespace Deskmine.Reporting;

/// <summary>Writes the page: head with style, header figures, map controls, tables, licences, scripts.</summary>
internal static class HtmlPage
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write(Stream output, ReportModel model, HtmlReportOptions options)
    {
        using (var w = new StreamWriter(output, Utf8NoBom, bufferSize: 64 * 1024, leaveOpen: true))
        {
            w.NewLine = "\n";
            WriteHead(w, model);
            WriteHeader(w, model);
            HtmlTaskTypes.Write(w, model);
            if (model.Analysis is not null)
            {
                Analysis.HtmlAnalysis.Write(w, model.Analysis);
            }

            WriteMapSection(w, model);
            HtmlProcessModel.WriteSection(w, model.ProcessModel, model.TaskMaps);
            HtmlTables.WriteVariants(w, model.Map, options);
            HtmlTables.WriteActivities(w, model.Map);
            HtmlTables.WriteTeams(w, model.Teams, options);
            Accuracy.HtmlAccuracy.Write(w, model.Accuracy);
            WriteAbout(w);
            w.WriteLine("</main>");
            w.Write("<script type=\"application/json\" id=\"deskmine-data\">");
            w.Flush();
        }

        ReportData.Write(output, model, options);

        using (var w = new StreamWriter(output, Utf8NoBom, bufferSize: 64 * 1024, leaveOpen: true))
        {
            w.NewLine = "\n";
            w.WriteLine("</script>");
            w.WriteLine("<script id=\"viz-js\">");
            w.WriteLine(ReportAssets.Viz);
            w.WriteLine("</script>");
            w.WriteLine("<script id=\"deskmine-report\">");
            w.WriteLine(ReportAssets.PageScript);
            w.WriteLine("</script>");
            HtmlProcessModel.WriteScripts(w, model.ProcessModel);
            w.WriteLine("</body>");
            w.WriteLine("</html>");
        }
    }

    private static void WriteHead(TextWriter w, ReportModel model)
    {
        w.WriteLine("<!DOCTYPE html>");
        w.WriteLine("<html lang=\"en\">");
        w.WriteLine("<!--");
        w.WriteLine("  Deskmine process report. Self-contained: opens offline, loads nothing from the network.");
        w.WriteLine("  Contains Viz.js 3.31.0 (MIT License, Copyright (c) 2014-2016 Michael Daines) with, in object code");
        w.WriteLine("  form, Graphviz 16.1.0 (Eclipse Public License 1.0; source at www.graphviz.org) and Expat 2.8.5");
        w.WriteLine("  (MIT License); with a process model, also bpmn-js 18.31.1 (bpmn.io licence: MIT terms, the bpmn.io watermark");
        w.WriteLine("  stays visible; Copyright (c) 2014-present Camunda Services GmbH) and the MIT/ISC packages it bundles.");
        w.WriteLine("  Full notices and licence texts: section \"About this report\" at the end of the page.");
        w.WriteLine("-->");
        w.WriteLine("<head>");
        w.WriteLine("<meta charset=\"utf-8\">");
        w.WriteLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        w.WriteLine("<meta name=\"generator\" content=\"Deskmine\">");
        w.WriteLine($"<title>{Html.Escape(model.Title)}</title>");
        w.WriteLine("<style>");
        w.WriteLine(ReportAssets.PageStyle);
        w.WriteLine("</style>");
        HtmlProcessModel.WriteStyle(w, model.ProcessModel);
        w.WriteLine("</head>");
        w.WriteLine("<body>");
    }

    private static void WriteHeader(TextWriter w, ReportModel model)
    {
        var map = model.Map;
        var generated = model.GeneratedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
        w.WriteLine("<header class=\"top\">");
        w.WriteLine($"<div class=\"brand\">Deskmine · process report</div><h1>{Html.Escape(model.Title)}</h1>");
        if (!string.IsNullOrWhiteSpace(model.Subtitle))
        {
            w.WriteLine($"<p class=\"subtitle\">{Html.Escape(model.Subtitle)}</p>");
        }

        w.WriteLine($"<p class=\"generated\">Generated <time datetime=\"{model.GeneratedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}\">{generated}</time></p>");
        w.WriteLine("<dl class=\"figures\">");
        Figure(w, "Cases", Html.Count(map.NumCases));
        Figure(w, "Events", Html.Count(map.NumEvents));
        Figure(w, "Activities", Html.Count(map.Activities.Count));
        Figure(w, "Variants", Html.Count(map.NumVariants));
        if (MeanCaseDuration(map) is { } mean)
        {
            Figure(w, "Mean case duration", DurationText.Format(mean));
        }

        if (model.Teams.Count > 0)
        {
            Figure(w, "Teams", Html.Count(model.Teams.Count));
        }

        foreach (var figure in model.Figures)
        {
            Figure(w, figure.Label, figure.Value);
        }

        w.WriteLine("</dl>");
        w.Write("<nav class=\"sections\">");
        if (model.TaskMaps.Count > 0)
        {
            w.Write("<a href=\"#task-types\">Task types</a>");
        }

        if (model.Analysis is { } analysis)
        {
            if (analysis.Analysis is not null)
            {
                w.Write("<a href=\"#candidates\">Automation candidates</a>");
            }

            if (analysis.Standardisation is not null)
            {
                w.Write("<a href=\"#standardisation\">Team comparison</a>");
            }

            if (analysis.Compliance is not null)
            {
                w.Write("<a href=\"#compliance\">Compliance</a>");
            }

            if (analysis.Reference is not null)
            {
                w.Write("<a href=\"#reference\">Recorded procedure</a>");
            }

            if (analysis.Guides.Count > 0)
            {
                w.Write("<a href=\"#guides\">Guides</a>");
            }
        }

        w.Write("<a href=\"#map\">Process map</a>");
        if (model.ProcessModel is not null)
        {
            w.Write("<a href=\"#model\">Process model</a>");
        }

        w.WriteLine("<a href=\"#variants\">Variants</a><a href=\"#activities\">Activities</a><a href=\"#teams\">Teams</a>");
        if (model.Accuracy is not null)
        {
            w.Write("<a href=\"#accuracy\">Accuracy</a>");
        }

        w.WriteLine("<a href=\"#about\">About</a></nav>");
        w.WriteLine("</header>");
        w.WriteLine("<main>");
    }

    private static void Figure(TextWriter w, string label, string value) =>
        w.WriteLine($"<div><dt>{Html.Escape(label)}</dt><dd>{Html.Escape(value)}</dd></div>");

    /// <summary>Case-weighted mean over the variants, only when the variants cover every case.</summary>
    private static double? MeanCaseDuration(ProcessMap map)
    {
        if (map.NumCases == 0 || map.Variants.Sum(v => (long)v.Count) != map.NumCases || map.Variants.Any(v => v.MeanDurationS is null))
        {
            return null;
        }

        return map.Variants.Sum(v => v.MeanDurationS!.Value * v.Count) / map.NumCases;
    }

    private static void WriteMapSection(TextWriter w, ReportModel model)
    {
        w.WriteLine("<section id=\"map\"><h2>Process map</h2>");
        w.WriteLine("<form class=\"controls\" id=\"map-controls\" onsubmit=\"return false\">");
        if (model.TaskMaps.Count > 0)
        {
            w.Write("<label class=\"control\"><span>Map</span><select id=\"map-select\"><option value=\"0\">All work</option>");
            for (var i = 0; i < model.TaskMaps.Count; i++)
            {
                w.Write($"<option value=\"{i + 1}\">{Html.Escape(model.TaskMaps[i].Name)}</option>");
            }

            w.WriteLine("</select></label>");
        }

        w.WriteLine("<div class=\"control\"><span>View</span><div class=\"segmented\" role=\"radiogroup\" aria-label=\"View\"><label><input type=\"radio\" name=\"view\" value=\"frequency\"><span>Frequency</span></label><label><input type=\"radio\" name=\"view\" value=\"performance\"><span>Performance</span></label></div></div>");
        w.WriteLine("<label class=\"control\" id=\"measure-control\"><span>Time</span><select id=\"measure\"><option value=\"median\">Median</option><option value=\"mean\">Mean</option></select></label>");
        w.WriteLine("<label class=\"control slider\"><span>Activities <output id=\"activities-out\"></output></span><input type=\"range\" id=\"activities\" min=\"0\" max=\"100\" step=\"1\"></label>");
        w.WriteLine("<label class=\"control slider\"><span>Paths <output id=\"paths-out\"></output></span><input type=\"range\" id=\"paths\" min=\"0\" max=\"100\" step=\"1\"></label>");
        w.WriteLine("<label class=\"control\"><span>Zoom</span><select id=\"zoom\"><option value=\"auto\">Auto</option><option value=\"fit\">Whole map</option><option value=\"1\">100%</option><option value=\"0.75\">75%</option><option value=\"0.5\">50%</option></select></label>");
        w.WriteLine("</form>");
        w.WriteLine("<p class=\"legend\" id=\"map-legend\"></p>");
        w.WriteLine("<div id=\"map-canvas\" class=\"canvas\" aria-live=\"polite\">");
        w.WriteLine("<noscript><p class=\"noscript\">The process map is drawn by a script inside this file (no network needed). Allow scripts for this file to see it; the tables below read without scripts.</p></noscript>");
        w.WriteLine("<p class=\"loading\">Laying out the process map…</p>");
        w.WriteLine("</div></section>");
    }

    private static void WriteAbout(TextWriter w)
    {
        w.WriteLine("<section id=\"about\"><h2>About this report</h2>");
        w.WriteLine("<p>This file is self-contained: the data, the layout engine and the page script are inside it, and it loads nothing from the network. The map is laid out in your browser by Graphviz (compiled to WebAssembly, packaged as Viz.js).</p>");
        w.WriteLine("<p>Viz.js 3.31.0 is distributed under the MIT License. It contains Graphviz 16.1.0 under the Eclipse Public License 1.0 (source code: www.graphviz.org) and Expat 2.8.5 under the MIT License.</p>");
        w.WriteLine("<p>The process model, when the report has one, is drawn by bpmn-js 18.31.1 (Copyright (c) 2014-present Camunda Services GmbH), under the MIT terms with the condition that the bpmn.io watermark stays visible; it bundles diagram-js, bpmn-moddle and other packages under the MIT and ISC licences, listed in the notices.</p>");
        w.WriteLine("<details><summary>Third-party notices</summary><pre class=\"licence\">");
        w.Write(Html.Escape(ReportAssets.ThirdPartyNotices));
        w.WriteLine("</pre></details>");
        w.WriteLine("<details><summary>Eclipse Public License 1.0 (Graphviz)</summary><pre class=\"licence\">");
        w.Write(Html.Escape(ReportAssets.EclipsePublicLicense));
        w.WriteLine("</pre></details></section>");
    }
}
