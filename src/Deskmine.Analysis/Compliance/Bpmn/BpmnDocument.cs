using Deskmine.Mining.Models;

namespace Deskmine.Analysis.Compliance.Bpmn;

/// <summary>Writes discovered models as BPMN 2.0 files.</summary>
public static class BpmnDocument
{
    /// <summary>
    /// Writes <paramref name="tree"/> as one BPMN 2.0 process (tasks, exclusive and parallel gateways, a start and an
    /// end event) with diagram interchange laid out left to right, so BPMN modellers open it drawn.
    /// <see cref="BpmnModel.Parse(TextReader, string)"/> reads it back.
    /// </summary>
    public static void Write(ProcessTree tree, TextWriter writer, string name = "process")
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(name);
        BpmnWriter.Write(tree, writer, name);
    }
}
