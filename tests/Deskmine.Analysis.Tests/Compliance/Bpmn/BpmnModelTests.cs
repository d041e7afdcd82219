using System.Text.Json;
using Deskmine.Analysis.Compliance.Bpmn;
using Deskmine.Analysis.Compliance.Models;
using Deskmine.Core.Errors;
using Xunit.Abstractions;

namespace Deskmine.Analysis.Tests.Compliance.Bpmn;

public sealed class BpmnModelTests(ITestOutputHelper output)
{
    private const string Ns = "http://www.omg.org/spec/BPMN/20100524/MODEL";

    [SkippableTheory]
    [InlineData("running-example.bpmn")]
    [InlineData("receipt.bpmn")]
    [InlineData("a32f0n00.bpmn")]
    public void Reference_models_read_as_pm4py_reads_them(string file)
    {
        Skip.If(ComplianceData.Root is null, ComplianceData.NoShared);
        using var doc = JsonDocument.Parse(File.ReadAllText(ComplianceData.ModelPath("expected.json")));
        var expected = doc.RootElement.GetProperty("models").GetProperty(file);
        var bpmn = expected.GetProperty("bpmn");

        using var reader = File.OpenText(ComplianceData.ModelPath(file));
        var model = BpmnModel.Parse(reader, file);

        Assert.Equal(bpmn.GetProperty("nodes").GetInt32(), model.Nodes.Count);
        Assert.Equal(bpmn.GetProperty("flows").GetInt32(), model.Flows.Count);
        var types = bpmn.GetProperty("node_types");
        Assert.Equal(types.GetProperty("Task").GetInt32(), model.Nodes.Count(n => n.Kind == BpmnNodeKind.Task));
        Assert.Equal(types.GetProperty("ExclusiveGateway").GetInt32(), model.Nodes.Count(n => n.Kind == BpmnNodeKind.ExclusiveGateway));
        Assert.Equal(types.GetProperty("ParallelGateway").GetInt32(), model.Nodes.Count(n => n.Kind == BpmnNodeKind.ParallelGateway));
        Assert.Equal(bpmn.GetProperty("task_labels").EnumerateArray().Select(e => e.GetString()), model.TaskNames);

        // The places and silent transitions differ from pm4py's conversion on purpose (exclusive gateways merge
        // places); the visible part is the same.
        var net = PetriNet.FromBpmn(model);
        var pm = expected.GetProperty("petri_net");
        output.WriteLine($"{file}: {net.Places.Count} places, {net.VisibleTransitions}+{net.SilentTransitions} transitions, {net.ArcCount} arcs; pm4py {pm.GetProperty("places")} places, {pm.GetProperty("visible_transitions")}+{pm.GetProperty("silent_transitions")} transitions, {pm.GetProperty("arcs")} arcs");
        Assert.Equal(pm.GetProperty("visible_transitions").GetInt32(), net.VisibleTransitions);
        Assert.Equal(pm.GetProperty("visible_labels").EnumerateArray().Select(e => e.GetString()), net.Labels);
        Assert.Equal(1, net.InitialMarking.Sum());
        Assert.Equal(1, net.FinalMarking.Sum());
        Assert.Equal("source", net.Places[net.InitialMarking.ToList().IndexOf(1)]);
        Assert.Equal("sink", net.Places[net.FinalMarking.ToList().IndexOf(1)]);
    }

    [Fact]
    public void Exclusive_gateways_merge_places_and_parallel_gateways_become_silent_transitions()
    {
        var net = PetriNet.FromBpmn(BpmnModel.Parse(Models.SplitJoin("parallelGateway")));

        Assert.Equal(["a", "b", "c", "d"], net.Labels);
        Assert.Equal(2, net.SilentTransitions);
        // source, after a, two branch places before b and c, two after, before d, sink
        Assert.Equal(8, net.Places.Count);

        var xor = PetriNet.FromBpmn(BpmnModel.Parse(Models.SplitJoin("exclusiveGateway")));
        Assert.Equal(0, xor.SilentTransitions);
        Assert.Equal(4, xor.Places.Count);
    }

    [Fact]
    public void Inclusive_gateways_fire_any_non_empty_subset_of_branches()
    {
        var net = PetriNet.FromBpmn(BpmnModel.Parse(Models.SplitJoin("inclusiveGateway")));

        // split: {b}, {c}, {b, c}; join: the same three subsets
        Assert.Equal(6, net.SilentTransitions);
    }

    [Fact]
    public void A_document_type_declaration_is_refused_so_no_entity_is_expanded()
    {
        var xml = $"""
            <?xml version="1.0"?>
            <!DOCTYPE definitions [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <definitions xmlns="{Ns}"><process id="p"><task id="t" name="&xxe;"/></process></definitions>
            """;

        var e = Assert.Throws<InputException>(() => BpmnModel.Parse(xml, "evil.bpmn"));

        Assert.Equal("evil.bpmn", e.Source);
        Assert.Contains("DTD", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_flow_to_a_missing_node_names_its_line()
    {
        var xml = $"""
            <definitions xmlns="{Ns}">
              <process id="p">
                <startEvent id="s"/>
                <endEvent id="e"/>
                <sequenceFlow id="f1" sourceRef="s" targetRef="nowhere"/>
              </process>
            </definitions>
            """;

        var e = Assert.Throws<InputException>(() => BpmnModel.Parse(xml, "m.bpmn"));

        Assert.Equal(5, e.Line);
        Assert.Equal("targetRef", e.Column);
        Assert.Contains("nowhere", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sub_processes_are_refused_with_their_line()
    {
        var xml = $"""
            <definitions xmlns="{Ns}">
              <process id="p">
                <startEvent id="s"/>
                <subProcess id="sp"/>
              </process>
            </definitions>
            """;

        var e = Assert.Throws<InputException>(() => BpmnModel.Parse(xml, "m.bpmn"));

        Assert.Equal(4, e.Line);
        Assert.Contains("subProcess", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_xml_names_its_line()
    {
        var e = Assert.Throws<InputException>(() => BpmnModel.Parse($"<definitions xmlns=\"{Ns}\">\n<process id=\"p\">\n</definitions>", "m.bpmn"));

        Assert.Equal(3, e.Line);
    }
}
