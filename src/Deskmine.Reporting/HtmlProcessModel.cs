using System.Globalization;
using System.Text.Json;

namespace Deskmine.Reporting;

/// <summary>
/// Writes the process-model section: a canvas that the embedded bpmn-js draws the BPMN model into, a download link
/// for the same BPMN file, and the process tree. The BPMN text travels as a JSON string, whose encoder escapes
/// <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c>, so no activity name can end the script element it sits in.
/// </summary>
internal static class HtmlProcessModel
{
    public static void WriteSection(TextWriter w, ReportProcessModel? model)
    {
        if (model is null)
        {
            return;
        }

        var noise = model.Noise.ToString("0.##", CultureInfo.InvariantCulture);
        var how = model.Noise > 0
            ? $"the inductive miner, infrequent variant (noise {noise}): behaviour rarer than that is left out, so some cases may not fit"
            : "the inductive miner (noise 0): every case fits the model";
        w.WriteLine("<section id=\"model\"><h2>Process model</h2>");
        w.WriteLine($"<p class=\"legend\">BPMN model of all work, discovered by {how}. Drag to move, scroll to zoom. <a id=\"model-download\" download=\"deskmine-model.bpmn\">Download the BPMN file</a> to open it in a BPMN modeller (bpmn.io, Camunda Modeler); <code>deskmine model</code> gives its fitness and precision.</p>");
        w.WriteLine("<div id=\"model-canvas\" class=\"canvas model-canvas\" aria-live=\"polite\">");
        w.WriteLine("<noscript><p class=\"noscript\">The process model is drawn by a script inside this file (no network needed). Allow scripts for this file to see it.</p></noscript>");
        w.WriteLine("<p class=\"loading\">Drawing the process model…</p>");
        w.WriteLine("</div>");
        w.WriteLine($"<details><summary>Process tree</summary><pre class=\"tree\">{Html.Escape(model.Tree)}</pre></details>");
        w.Write("<script type=\"application/json\" id=\"deskmine-bpmn\">");
        w.Write(JsonSerializer.Serialize(model.Bpmn));
        w.WriteLine("</script>");
        w.WriteLine("</section>");
    }

    public static void WriteStyle(TextWriter w, ReportProcessModel? model)
    {
        if (model is null)
        {
            return;
        }

        w.WriteLine("<style id=\"bpmn-js-style\">");
        w.WriteLine(ReportAssets.BpmnStyle);
        w.WriteLine("</style>");
    }

    public static void WriteScripts(TextWriter w, ReportProcessModel? model)
    {
        if (model is null)
        {
            return;
        }

        w.WriteLine("<script id=\"bpmn-js\">");
        w.WriteLine(ReportAssets.BpmnViewer);
        w.WriteLine("</script>");
        w.WriteLine("<script id=\"deskmine-model\">");
        w.WriteLine(ReportAssets.ModelScript);
        w.WriteLine("</script>");
    }
}
