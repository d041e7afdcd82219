namespace Deskmine.Analysis.Compliance.Bpmn;

/// <summary>
/// A BPMN 2.0 process as a procedure to check against: its flow nodes (tasks, start and end events, exclusive,
/// parallel and inclusive gateways) and sequence flows. Diagram layout and data elements are not kept.
/// </summary>
public sealed class BpmnModel
{
    /// <summary>Creates a model; every flow must join two of the nodes.</summary>
    public BpmnModel(string source, IReadOnlyList<BpmnNode> nodes, IReadOnlyList<BpmnFlow> flows)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(flows);
        Source = source;
        Nodes = nodes;
        Flows = flows;
    }

    /// <summary>Where the model came from (a file name), for messages.</summary>
    public string Source { get; }

    /// <summary>The flow nodes in file order.</summary>
    public IReadOnlyList<BpmnNode> Nodes { get; }

    /// <summary>The sequence flows in file order.</summary>
    public IReadOnlyList<BpmnFlow> Flows { get; }

    /// <summary>The distinct task names (the activities the model records), ordinal order.</summary>
    public IReadOnlyList<string> TaskNames => [.. Nodes.Where(n => n.Kind == BpmnNodeKind.Task && n.Name.Length > 0).Select(n => n.Name).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>Reads a BPMN 2.0 XML document. DTDs are refused and no external entity is resolved.</summary>
    /// <exception cref="Core.Errors.InputException">
    /// The XML is malformed, or the process uses an element Deskmine cannot check against (sub-processes, complex
    /// gateways, boundary events), or a flow names a missing node; the error names the line.
    /// </exception>
    public static BpmnModel Parse(TextReader reader, string source = "model.bpmn")
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(source);
        return BpmnParser.Parse(reader, source);
    }

    /// <summary>Reads a BPMN 2.0 XML document from text.</summary>
    /// <exception cref="Core.Errors.InputException">As <see cref="Parse(TextReader, string)"/>.</exception>
    public static BpmnModel Parse(string xml, string source = "model.bpmn")
    {
        ArgumentNullException.ThrowIfNull(xml);
        using var reader = new StringReader(xml);
        return Parse(reader, source);
    }
}
