using System.Globalization;
using System.Text.Json;

namespace Deskmine.Reporting;

/// <summary>
/// Writes the process-model section: a canvas that the embedded bpmn-js draws the BPMN model into, a download link
/// for the same BPMN file, and the process tree; one model per map of the map selector. The BPMN texts travel as JSON
/// strings, whose default encoder escapes <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c>, so no activity name can end the
/// script element they sit in.
/// </summary>
internal static class HtmlProcessModel
{
    public static void WriteSection(TextWriter w, ReportProcessModel? model, IReadOnlyList<TaskMap> taskMaps)
    {
        if (model is null)
        {
            return;
        }

        var noise = model.Noise.ToString("0.##", CultureInfo.InvariantCulture);
        var how = model.Noise > 0
            ? $"the inductive miner, infrequent variant (noise {noise}): behaviour rarer than that is left out, so some cases may not fit"
            : "the inductive miner (noise 0): every case fits the model";
        w.WriteLine("<section id=\"model\"><h2>Process model <span id=\"model-name\" class=\"model-name\">— All work</span></h2>");
        w.WriteLine($"<p class=\"legend\">BPMN model of the work shown in the process map above (it follows the map selector), discovered by {how}. Drag to move, scroll to zoom. <a id=\"model-download\" download=\"deskmine-model.bpmn\">Download the BPMN file</a> to open it in a BPMN modeller (bpmn.io, Camunda Modeler); <code>deskmine model</code> gives its fitness and precision.</p>");
        w.WriteLine("<div id=\"model-canvas\" class=\"canvas model-canvas\" aria-live=\"polite\">");
        w.WriteLine("<noscript><p class=\"noscript\">The process model is drawn by a script inside this file (no network needed). Allow scripts for this file to see it.</p></noscript>");
        w.WriteLine("<p class=\"loading\">Drawing the process model…</p>");
        w.WriteLine("</div>");
        w.WriteLine($"<details><summary>Process tree</summary><pre class=\"tree\" id=\"model-tree\">{Html.Escape(model.Tree)}</pre></details>");
        w.Write("<script type=\"application/json\" id=\"deskmine-bpmn\">");
        w.Write(Data(model, taskMaps));
        w.WriteLine("</script>");
        w.WriteLine("</section>");
    }

    // {"models":[{"name","bpmn","tree"}…]}: index 0 is all work, then one per task map in the selector's order;
    // a task map without a model has "bpmn": null.
    private static string Data(ReportProcessModel model, IReadOnlyList<TaskMap> taskMaps)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartArray("models");
            Entry(json, "All work", model);
            foreach (var task in taskMaps)
            {
                Entry(json, task.Name, task.ProcessModel);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void Entry(Utf8JsonWriter json, string name, ReportProcessModel? model)
    {
        json.WriteStartObject();
        json.WriteString("name", name);
        if (model is null)
        {
            json.WriteNull("bpmn");
            json.WriteNull("tree");
        }
        else
        {
            json.WriteString("bpmn", model.Bpmn);
            json.WriteString("tree", model.Tree);
        }

        json.WriteEndObject();
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
