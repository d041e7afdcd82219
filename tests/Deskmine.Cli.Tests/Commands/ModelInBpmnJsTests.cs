using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using Deskmine.Cli.Tests.Support;

namespace Deskmine.Cli.Tests.Commands;

/// <summary>
/// A BPMN file that <c>deskmine model</c> discovers opens drawn in bpmn.io's viewer: bpmn-js, from npm, imports it in
/// real headless Chromium, and every node and flow of the file is in the SVG where its diagram interchange puts it.
/// </summary>
public sealed class ModelInBpmnJsTests
{
    private static readonly XNamespace Model = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static readonly XNamespace Di = "http://www.omg.org/spec/BPMN/20100524/DI";
    private static readonly XNamespace Dc = "http://www.omg.org/spec/DD/20100524/DC";
    private static readonly XNamespace DdDi = "http://www.omg.org/spec/DD/20100524/DI";

    [SkippableTheory]
    [InlineData("data/eventlogs/logs/running-example.xes", "0")]
    [InlineData("data/eventlogs/logs/03_repairExample.xes.gz", "0")]
    [InlineData("data/eventlogs/logs/07_bpic2013_incidents.xes.gz", "0.2")]
    public void Discovered_model_is_drawn_with_a_shape_for_every_node_and_a_line_for_every_flow(string log, string noise)
    {
        Skip.If(SharedData.Root is null, SharedData.MissingReason);
        Skip.If(BpmnJsViewer.MissingReason is not null, BpmnJsViewer.MissingReason);
        using var dir = new TempDir();
        var run = CliRun.Of("model", SharedData.PathOf(log), "--noise", noise, "--bpmn", dir.File("m.bpmn"), "--json");
        Assert.True(run.ExitCode == CliApp.Ok, run.Error);
        using var json = JsonDocument.Parse(run.Out);
        var xml = File.ReadAllText(dir.File("m.bpmn"));
        var file = XDocument.Parse(xml);
        var process = file.Descendants(Model + "process").Single();
        var nodes = process.Elements().Where(e => e.Name.LocalName != "sequenceFlow").ToDictionary(e => (string)e.Attribute("id")!);
        var flows = process.Elements(Model + "sequenceFlow").Select(e => (string)e.Attribute("id")!).ToList();

        var drawn = BpmnJsViewer.Draw(xml, dir.Path);

        Assert.True(drawn.Status == "imported", $"bpmn-js did not import the file: {drawn.Message}");
        Assert.True(drawn.Warnings == 0, $"bpmn-js warned: {drawn.Message}");
        var shapes = drawn.Shapes.ToDictionary(s => s.Id);
        Assert.Equal(nodes.Keys.Order(StringComparer.Ordinal), shapes.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(flows.Order(StringComparer.Ordinal), drawn.Connections.Select(c => c.Id).Order(StringComparer.Ordinal));

        // Each kind is drawn as BPMN draws it: tasks as rounded boxes labelled with the activity, gateways as
        // diamonds, events as circles.
        var tasks = nodes.Values.Where(n => n.Name == Model + "task").ToList();
        Assert.Equal(json.RootElement.GetProperty("petri_net").GetProperty("visible_transitions").GetInt32(), tasks.Count);
        Assert.All(tasks, t =>
        {
            Assert.Equal("rect", shapes[(string)t.Attribute("id")!].Primitive);
            Assert.Equal(Squash((string)t.Attribute("name")!), Squash(shapes[(string)t.Attribute("id")!].Text));
        });
        var gateways = nodes.Values.Where(n => n.Name.LocalName.EndsWith("Gateway", StringComparison.Ordinal)).ToList();
        Assert.All(gateways, g => Assert.Equal("polygon", shapes[(string)g.Attribute("id")!].Primitive));
        var events = nodes.Values.Where(n => n.Name.LocalName.EndsWith("Event", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.Equal("circle", shapes[(string)e.Attribute("id")!].Primitive));
        Assert.Equal(nodes.Count, tasks.Count + gateways.Count + events.Count);

        // Where: each shape at its BPMNShape bounds, each flow along its BPMNEdge waypoints.
        foreach (var shape in file.Descendants(Di + "BPMNShape"))
        {
            var bounds = shape.Element(Dc + "Bounds")!;
            Assert.Equal(((double)bounds.Attribute("x")!, (double)bounds.Attribute("y")!), shapes[(string)shape.Attribute("bpmnElement")!].Position);
        }

        var lines = drawn.Connections.ToDictionary(c => c.Id, c => c.Path);
        foreach (var edge in file.Descendants(Di + "BPMNEdge"))
        {
            var points = edge.Elements(DdDi + "waypoint").Select(p => string.Create(CultureInfo.InvariantCulture, $"{(double)p.Attribute("x")!},{(double)p.Attribute("y")!}"));
            Assert.Equal("M" + string.Join('L', points), lines[(string)edge.Attribute("bpmnElement")!]);
        }
    }

    [SkippableFact]
    public void A_model_without_its_diagram_or_cut_short_draws_nothing_and_bpmn_js_says_why()
    {
        Skip.If(SharedData.Root is null, SharedData.MissingReason);
        Skip.If(BpmnJsViewer.MissingReason is not null, BpmnJsViewer.MissingReason);
        using var dir = new TempDir();
        var run = CliRun.Of("model", SharedData.PathOf("data/eventlogs/logs/running-example.xes"), "--bpmn", dir.File("m.bpmn"));
        Assert.True(run.ExitCode == CliApp.Ok, run.Error);
        var xml = File.ReadAllText(dir.File("m.bpmn"));
        var withoutDiagram = XDocument.Parse(xml);
        withoutDiagram.Descendants(Di + "BPMNDiagram").Remove();

        var undrawn = BpmnJsViewer.Draw(withoutDiagram.ToString(), dir.Path);
        var cut = BpmnJsViewer.Draw(xml[..(xml.Length / 2)], dir.Path);

        Assert.Equal("error", undrawn.Status);
        Assert.Contains("no diagram to display", undrawn.Message, StringComparison.Ordinal);
        Assert.Empty(undrawn.Elements);
        Assert.Equal("error", cut.Status);
        Assert.Contains("unparsable content", cut.Message, StringComparison.Ordinal);
        Assert.Empty(cut.Elements);
    }

    // bpmn-js wraps a long label over several lines, breaking at spaces.
    private static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
