using System.Globalization;
using System.Text;
using System.Xml;
using Deskmine.Mining.Models;

namespace Deskmine.Analysis.Compliance.Bpmn;

/// <summary>
/// Writes a process tree as a BPMN 2.0 document with diagram interchange (BPMNDI shapes and edges from
/// <see cref="BpmnLayout"/>), so modellers such as bpmn.io and Camunda Modeler open it drawn.
/// </summary>
internal static class BpmnWriter
{
    private const string Model = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private const string Di = "http://www.omg.org/spec/BPMN/20100524/DI";
    private const string Dc = "http://www.omg.org/spec/DD/20100524/DC";
    private const string DdDi = "http://www.omg.org/spec/DD/20100524/DI";

    public static void Write(ProcessTree tree, TextWriter text, string name)
    {
        var layout = BpmnLayout.Of(tree);
        var incoming = layout.Edges.ToLookup(e => e.Target);
        var outgoing = layout.Edges.ToLookup(e => e.Source);
        using var xml = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) });
        xml.WriteStartDocument();
        xml.WriteStartElement("bpmn", "definitions", Model);
        xml.WriteAttributeString("xmlns", "bpmndi", null, Di);
        xml.WriteAttributeString("xmlns", "dc", null, Dc);
        xml.WriteAttributeString("xmlns", "di", null, DdDi);
        xml.WriteAttributeString("id", "Definitions_1");
        xml.WriteAttributeString("targetNamespace", "https://deskmine.dev/bpmn");
        xml.WriteAttributeString("exporter", "Deskmine");
        xml.WriteStartElement("process", Model);
        xml.WriteAttributeString("id", "Process_1");
        xml.WriteAttributeString("name", name);
        xml.WriteAttributeString("isExecutable", "false");
        foreach (var shape in layout.Shapes)
        {
            xml.WriteStartElement(shape.Kind switch
            {
                BpmnNodeKind.Task => "task",
                BpmnNodeKind.StartEvent => "startEvent",
                BpmnNodeKind.EndEvent => "endEvent",
                BpmnNodeKind.ParallelGateway => "parallelGateway",
                _ => "exclusiveGateway",
            }, Model);
            xml.WriteAttributeString("id", shape.Id);
            if (shape.Name.Length > 0)
                xml.WriteAttributeString("name", shape.Name);
            foreach (var e in incoming[shape.Id])
                xml.WriteElementString("incoming", Model, e.Id);
            foreach (var e in outgoing[shape.Id])
                xml.WriteElementString("outgoing", Model, e.Id);
            xml.WriteEndElement();
        }
        foreach (var edge in layout.Edges)
        {
            xml.WriteStartElement("sequenceFlow", Model);
            xml.WriteAttributeString("id", edge.Id);
            xml.WriteAttributeString("sourceRef", edge.Source);
            xml.WriteAttributeString("targetRef", edge.Target);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();

        xml.WriteStartElement("BPMNDiagram", Di);
        xml.WriteAttributeString("id", "BPMNDiagram_1");
        xml.WriteStartElement("BPMNPlane", Di);
        xml.WriteAttributeString("id", "BPMNPlane_1");
        xml.WriteAttributeString("bpmnElement", "Process_1");
        foreach (var shape in layout.Shapes)
        {
            xml.WriteStartElement("BPMNShape", Di);
            xml.WriteAttributeString("id", shape.Id + "_di");
            xml.WriteAttributeString("bpmnElement", shape.Id);
            if (shape.Kind == BpmnNodeKind.ExclusiveGateway)
                xml.WriteAttributeString("isMarkerVisible", "true");
            xml.WriteStartElement("Bounds", Dc);
            Number(xml, "x", shape.X);
            Number(xml, "y", shape.Y);
            Number(xml, "width", shape.Width);
            Number(xml, "height", shape.Height);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        foreach (var edge in layout.Edges)
        {
            xml.WriteStartElement("BPMNEdge", Di);
            xml.WriteAttributeString("id", edge.Id + "_di");
            xml.WriteAttributeString("bpmnElement", edge.Id);
            foreach (var (x, y) in edge.Waypoints)
            {
                xml.WriteStartElement("waypoint", DdDi);
                Number(xml, "x", x);
                Number(xml, "y", y);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void Number(XmlWriter xml, string name, int value) => xml.WriteAttributeString(name, value.ToString(CultureInfo.InvariantCulture));
}
