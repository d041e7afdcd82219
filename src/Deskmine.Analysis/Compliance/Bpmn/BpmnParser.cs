using System.Xml;
using Deskmine.Core.Errors;

namespace Deskmine.Analysis.Compliance.Bpmn;

/// <summary>
/// Streams a BPMN 2.0 document with <see cref="XmlReader"/>: no DTD (prohibited, so entity expansion attacks fail
/// at the first declaration), no resolver (no external entity or schema is fetched). Only elements of the BPMN
/// model namespace are read; diagram interchange and extensions are skipped.
/// </summary>
internal static class BpmnParser
{
    private const string ModelNamespace = "http://www.omg.org/spec/BPMN/20100524/MODEL";

    private static readonly Dictionary<string, BpmnNodeKind> Kinds = new(StringComparer.Ordinal)
    {
        ["task"] = BpmnNodeKind.Task,
        ["userTask"] = BpmnNodeKind.Task,
        ["manualTask"] = BpmnNodeKind.Task,
        ["serviceTask"] = BpmnNodeKind.Task,
        ["scriptTask"] = BpmnNodeKind.Task,
        ["sendTask"] = BpmnNodeKind.Task,
        ["receiveTask"] = BpmnNodeKind.Task,
        ["businessRuleTask"] = BpmnNodeKind.Task,
        ["callActivity"] = BpmnNodeKind.Task,
        ["startEvent"] = BpmnNodeKind.StartEvent,
        ["endEvent"] = BpmnNodeKind.EndEvent,
        ["intermediateCatchEvent"] = BpmnNodeKind.IntermediateEvent,
        ["intermediateThrowEvent"] = BpmnNodeKind.IntermediateEvent,
        ["exclusiveGateway"] = BpmnNodeKind.ExclusiveGateway,
        ["eventBasedGateway"] = BpmnNodeKind.ExclusiveGateway,
        ["parallelGateway"] = BpmnNodeKind.ParallelGateway,
        ["inclusiveGateway"] = BpmnNodeKind.InclusiveGateway,
    };

    private static readonly HashSet<string> Unsupported = new(StringComparer.Ordinal)
    {
        "subProcess", "adHocSubProcess", "transaction", "complexGateway", "boundaryEvent",
    };

    public static BpmnModel Parse(TextReader text, string source)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreWhitespace = true,
            IgnoreProcessingInstructions = true,
        };
        var nodes = new List<BpmnNode>();
        var flows = new List<BpmnFlow>();
        var processesWithNodes = 0;
        var inProcess = false;
        var nodesBefore = 0;
        using var reader = XmlReader.Create(text, settings);
        var info = (IXmlLineInfo)reader;
        try
        {
            while (reader.Read())
            {
                if (reader.NamespaceURI != ModelNamespace)
                    continue;
                var name = reader.LocalName;
                if (reader.NodeType == XmlNodeType.EndElement)
                {
                    if (name == "process")
                    {
                        inProcess = false;
                        processesWithNodes += nodes.Count > nodesBefore ? 1 : 0;
                    }
                    continue;
                }
                if (reader.NodeType != XmlNodeType.Element)
                    continue;
                long line = info.LineNumber;
                if (name == "process")
                {
                    inProcess = !reader.IsEmptyElement;
                    nodesBefore = nodes.Count;
                    continue;
                }
                if (!inProcess)
                    continue;
                if (Unsupported.Contains(name))
                    throw new InputException(source, line, name, $"<{name}> is not supported; expected a flat process of tasks, events, exclusive, parallel and inclusive gateways");
                if (name == "sequenceFlow")
                    flows.Add(new BpmnFlow(Required(reader, "id", source, line), Required(reader, "sourceRef", source, line), Required(reader, "targetRef", source, line), line));
                else if (Kinds.TryGetValue(name, out var kind))
                    nodes.Add(new BpmnNode(Required(reader, "id", source, line), (reader.GetAttribute("name") ?? string.Empty).Trim(), kind, line));
            }
        }
        catch (XmlException e)
        {
            // A prohibited DTD is reported without a position (line 0): then no line is named.
            throw new InputException(source, e.LineNumber > 0 ? e.LineNumber : null, null, $"not well-formed BPMN XML: {e.Message}", e);
        }
        if (processesWithNodes > 1)
            throw new InputException(source, null, "process", "several processes (pools) hold flow nodes; expected one process");
        Validate(source, nodes, flows);
        return new BpmnModel(source, nodes, flows);
    }

    private static string Required(XmlReader reader, string attribute, string source, long line)
    {
        var value = reader.GetAttribute(attribute);
        return string.IsNullOrWhiteSpace(value)
            ? throw new InputException(source, line, attribute, $"<{reader.LocalName}> needs the attribute '{attribute}'")
            : value;
    }

    private static void Validate(string source, List<BpmnNode> nodes, List<BpmnFlow> flows)
    {
        var ids = new Dictionary<string, BpmnNode>(StringComparer.Ordinal);
        foreach (var n in nodes)
        {
            if (!ids.TryAdd(n.Id, n))
                throw new InputException(source, n.Line, "id", $"the id '{n.Id}' is used twice");
        }
        foreach (var f in flows)
        {
            if (!ids.ContainsKey(f.Source))
                throw new InputException(source, f.Line, "sourceRef", $"sequence flow '{f.Id}' leaves '{f.Source}', which is no flow node of the process");
            if (!ids.ContainsKey(f.Target))
                throw new InputException(source, f.Line, "targetRef", $"sequence flow '{f.Id}' enters '{f.Target}', which is no flow node of the process");
        }
        if (!nodes.Any(n => n.Kind == BpmnNodeKind.StartEvent))
            throw new InputException(source, null, "startEvent", "the process has no start event");
        if (!nodes.Any(n => n.Kind == BpmnNodeKind.EndEvent))
            throw new InputException(source, null, "endEvent", "the process has no end event");
    }
}
