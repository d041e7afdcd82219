using Deskmine.Analysis.Compliance;
using Deskmine.Analysis.Compliance.Bpmn;
using Deskmine.Analysis.Compliance.Models;
using Deskmine.Analysis.Compliance.Replay;
using Deskmine.Core.Errors;
using Deskmine.Core.Logs;
using Deskmine.Mining.Models;

namespace Deskmine.Analysis.Tests.Compliance.Discovery;

using Compliance = Deskmine.Analysis.Compliance.Compliance;

/// <summary>Discovered trees written as BPMN and PNML and read back: the files keep the model (the log still fits).</summary>
public sealed class ModelInterchangeTests
{
    private static readonly ComplianceOptions Both = new() { Model = new ModelCheckOptions { Methods = ConformanceMethod.Both } };

    // Sequence, choice with τ, parallel, loop, nested: every block kind of the writer.
    private static EventLog Log() => ComplianceData.Traces(
        ["a", "b", "c", "e", "f"],
        ["a", "c", "b", "e", "f"],
        ["a", "b", "c", "e", "g", "e", "f"],
        ["a", "c", "b", "f"],
        ["a", "d", "e", "g", "e", "g", "e", "f"]);

    [Fact]
    public void A_discovered_tree_written_as_BPMN_reads_back_and_every_case_fits()
    {
        var log = Log();
        var tree = ProcessTrees.Discover(log);
        var text = new StringWriter();
        BpmnDocument.Write(tree, text, "test");
        var model = BpmnModel.Parse(text.ToString(), "test.bpmn");

        Assert.Equal(tree.Activities(), model.TaskNames);
        var result = Compliance.CheckModel(log, model, Both);
        Assert.All(result.Fitness, f => Assert.Equal(log.CaseCount, f.FittingCases));
        Assert.Empty(result.Deviations);
    }

    [Fact]
    public void The_BPMN_carries_a_shape_for_every_node_and_an_edge_for_every_flow()
    {
        var text = new StringWriter();
        BpmnDocument.Write(ProcessTrees.Discover(Log()), text);
        var doc = System.Xml.Linq.XDocument.Parse(text.ToString());
        var model = BpmnModel.Parse(text.ToString());
        var shapes = doc.Descendants().Where(e => e.Name.LocalName == "BPMNShape").Select(e => (string)e.Attribute("bpmnElement")!).ToHashSet();
        var edges = doc.Descendants().Where(e => e.Name.LocalName == "BPMNEdge").ToList();
        Assert.True(shapes.SetEquals(model.Nodes.Select(n => n.Id)));
        Assert.Equal(model.Flows.Select(f => f.Id).Order(), edges.Select(e => (string)e.Attribute("bpmnElement")!).Order());
        Assert.All(edges, e => Assert.True(e.Elements().Count(w => w.Name.LocalName == "waypoint") >= 2));
        // Left to right: the start event is the leftmost shape, the end event the rightmost.
        var bounds = doc.Descendants().Where(e => e.Name.LocalName == "BPMNShape")
            .ToDictionary(e => (string)e.Attribute("bpmnElement")!, e => int.Parse((string)e.Elements().Single().Attribute("x")!, System.Globalization.CultureInfo.InvariantCulture));
        var start = model.Nodes.Single(n => n.Kind == BpmnNodeKind.StartEvent).Id;
        var end = model.Nodes.Single(n => n.Kind == BpmnNodeKind.EndEvent).Id;
        Assert.Equal(bounds.Values.Min(), bounds[start]);
        Assert.Equal(bounds.Values.Max(), bounds[end]);
    }

    [Fact]
    public void PNML_round_trip_keeps_places_transitions_arcs_markings_and_fitness()
    {
        var log = Log();
        var net = PetriNet.FromTree(ProcessTrees.Discover(log));
        var text = new StringWriter();
        net.WritePnml(text, "test");
        var back = PetriNet.ParsePnml(text.ToString(), "test.pnml");

        Assert.Equal(net.Places, back.Places);
        Assert.Equal(net.Transitions.Select(t => (t.Name, t.Label)), back.Transitions.Select(t => (t.Name, t.Label)));
        Assert.Equal(net.ArcCount, back.ArcCount);
        Assert.Equal(net.InitialMarking, back.InitialMarking);
        Assert.Equal(net.FinalMarking, back.FinalMarking);
        var result = Compliance.CheckModel(log, back, Both);
        Assert.All(result.Fitness, f => Assert.Equal(1.0, f.LogFitness));
    }

    [SkippableFact]
    public void Reads_pm4pys_PNML_with_its_counts_and_fits_its_log()
    {
        Skip.If(ComplianceData.Root is null, ComplianceData.NoShared);
        var path = Path.Combine(ComplianceData.Root!, "models", "discovered", "running-example.xes.pnml");
        var net = PetriNet.ParsePnml(File.ReadAllText(path), path);
        Assert.Equal((9, 10, 8, 2, 22), (net.Places.Count, net.Transitions.Count, net.VisibleTransitions, net.SilentTransitions, net.ArcCount));
        var log = ComplianceData.ReadLog("running-example.xes");
        var fitness = Compliance.CheckModel(log, net, Both).Fitness;
        Assert.All(fitness, f => Assert.Equal(log.CaseCount, f.FittingCases));
        Assert.Equal(0.7531, Compliance.Precision(log, net).Precision, 4);
    }

    [Theory]
    [InlineData("<pnml><net id='n'><page id='p'><place id='a'>", 1, "not well-formed")]
    [InlineData("<petri/>", 1, "expected a <pnml> document")]
    [InlineData("<pnml>\n<net id='n'>\n<place id='a'><initialMarking><text>1</text></initialMarking></place>\n<transition id='t'/>\n<arc id='x' source='a' target='b'/>\n</net></pnml>", 5, "enters 'b', which is no place or transition")]
    [InlineData("<pnml>\n<net id='n'>\n<place id='a'><initialMarking><text>1</text></initialMarking></place>\n<place id='b'/>\n<arc id='x' source='a' target='b'/>\n</net></pnml>", 5, "joins two places or two transitions")]
    [InlineData("<pnml>\n<net id='n'>\n<place id='a'><initialMarking><text>one</text></initialMarking></place>\n</net></pnml>", 3, "expected a whole number of tokens, got 'one'")]
    [InlineData("<pnml>\n<net id='n'>\n<place id='a'/>\n<transition id='a'/>\n</net></pnml>", 4, "the id 'a' is used twice")]
    [InlineData("<pnml>\n<net id='n'>\n<place id='a'/>\n</net></pnml>", 2, "no place has an initial marking")]
    [InlineData("<!DOCTYPE pnml [<!ENTITY x 'y'>]><pnml/>", null, "not well-formed PNML XML")]
    public void Malformed_PNML_is_refused_naming_the_line_and_the_problem(string xml, int? line, string problem)
    {
        var e = Assert.Throws<InputException>(() => PetriNet.ParsePnml(xml, "bad.pnml"));
        Assert.Contains("bad.pnml", e.Message, StringComparison.Ordinal);
        Assert.Contains(problem, e.Message, StringComparison.Ordinal);
        if (line is not null)
            Assert.Equal(line, e.Line);
    }

    [Fact]
    public void Precision_is_1_for_a_sequence_and_lower_for_the_flower()
    {
        var log = ComplianceData.Traces(["a", "b", "c"], ["a", "b", "c"]);
        Assert.Equal(1.0, Compliance.Precision(log, PetriNet.FromTree(ProcessTrees.Discover(log))).Precision);
        var flower = ProcessTree.Loop(ProcessTree.Silent, ProcessTree.Choice([ProcessTree.Activity("a"), ProcessTree.Activity("b"), ProcessTree.Activity("c")]));
        var precision = Compliance.Precision(log, PetriNet.FromTree(flower));
        // After each prefix (empty, a, a b) one of the three activities is seen next and all three are allowed.
        Assert.Equal(1.0 - 6.0 / 9.0, precision.Precision, 10);
    }
}
