using System.Text;
using System.Text.Json;
using Deskmine.Analysis.Compliance.Replay;
using Deskmine.Mining.Models;

namespace Deskmine.Workspaces.Models;

/// <summary>
/// Writes a <see cref="ModelRunResult"/> as JSON. The shape is a contract:
/// <code>
/// { "num_cases", "num_events", "num_variants", "noise",
///   "process_tree": "-&gt;( 'a', X( tau, 'b' ) )",                          pm4py's notation
///   "tree": { "operator": "sequence", "children": [ { "operator": "activity", "label": "a" }, … ] },
///   "petri_net": { "places", "transitions", "visible_transitions", "silent_transitions", "arcs" },
///   "fitness": { "token_replay": { "log_fitness", "average_trace_fitness", "perc_fit_traces", "fitting_cases", "seconds" },
///                "alignments": { … the same, "gave_up" } or null },
///   "precision": { "precision", "escaping_edges", "enabled_activities", "prefixes", "non_fitting_prefixes", "seconds" },
///   "bpmn": "/full/path.bpmn" or null, "pnml": … or null, "discovery_seconds" }
/// </code>
/// Operators are <c>activity</c>, <c>tau</c>, <c>sequence</c>, <c>choice</c>, <c>parallel</c>, <c>loop</c> (children: do, redo).
/// </summary>
public static class ModelJson
{
    /// <summary>The JSON text of <paramref name="result"/>.</summary>
    public static string Write(ModelRunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("num_cases", result.Cases);
            json.WriteNumber("num_events", result.Events);
            json.WriteNumber("num_variants", result.Variants);
            json.WriteNumber("noise", result.Noise);
            json.WriteString("process_tree", result.Tree.ToString());
            json.WritePropertyName("tree");
            Tree(json, result.Tree);
            json.WriteStartObject("petri_net");
            json.WriteNumber("places", result.Net.Places.Count);
            json.WriteNumber("transitions", result.Net.Transitions.Count);
            json.WriteNumber("visible_transitions", result.Net.VisibleTransitions);
            json.WriteNumber("silent_transitions", result.Net.SilentTransitions);
            json.WriteNumber("arcs", result.Net.ArcCount);
            json.WriteEndObject();
            json.WriteStartObject("fitness");
            json.WritePropertyName("token_replay");
            Fitness(json, result.TokenReplay);
            json.WritePropertyName("alignments");
            if (result.Alignments is { } a)
                Fitness(json, a);
            else
                json.WriteNullValue();
            json.WriteEndObject();
            json.WriteStartObject("precision");
            json.WriteNumber("precision", result.Precision.Precision);
            json.WriteNumber("escaping_edges", result.Precision.EscapingEdges);
            json.WriteNumber("enabled_activities", result.Precision.EnabledActivities);
            json.WriteNumber("prefixes", result.Precision.Prefixes);
            json.WriteNumber("non_fitting_prefixes", result.Precision.NonFittingPrefixes);
            json.WriteNumber("seconds", Math.Round(result.Precision.Seconds, 3));
            json.WriteEndObject();
            json.WriteString("bpmn", result.BpmnFile);
            json.WriteString("pnml", result.PnmlFile);
            json.WriteNumber("discovery_seconds", Math.Round(result.DiscoverySeconds, 3));
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Fitness(Utf8JsonWriter json, ModelFitness f)
    {
        json.WriteStartObject();
        json.WriteNumber("log_fitness", f.LogFitness);
        json.WriteNumber("average_trace_fitness", f.AverageFitness);
        json.WriteNumber("perc_fit_traces", f.Cases == 0 ? 100.0 : 100.0 * f.FittingCases / f.Cases);
        json.WriteNumber("fitting_cases", f.FittingCases);
        json.WriteNumber("gave_up", f.GaveUp.Count);
        json.WriteNumber("seconds", Math.Round(f.Seconds, 3));
        json.WriteEndObject();
    }

    private static void Tree(Utf8JsonWriter json, ProcessTree node)
    {
        json.WriteStartObject();
        json.WriteString("operator", node.Operator switch
        {
            ProcessTreeOperator.Activity => "activity",
            ProcessTreeOperator.Silent => "tau",
            ProcessTreeOperator.Sequence => "sequence",
            ProcessTreeOperator.Choice => "choice",
            ProcessTreeOperator.Parallel => "parallel",
            _ => "loop",
        });
        if (node.Label is not null)
            json.WriteString("label", node.Label);
        if (!node.IsLeaf)
        {
            json.WriteStartArray("children");
            foreach (var child in node.Children)
                Tree(json, child);
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }
}
