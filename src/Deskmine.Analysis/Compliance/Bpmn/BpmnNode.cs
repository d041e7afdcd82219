namespace Deskmine.Analysis.Compliance.Bpmn;

/// <summary>A flow node of a BPMN process.</summary>
/// <param name="Id">Its id in the file.</param>
/// <param name="Name">Its name (a task's activity), empty when it has none.</param>
/// <param name="Kind">What it is.</param>
/// <param name="Line">The line of the file it is declared on.</param>
public sealed record BpmnNode(string Id, string Name, BpmnNodeKind Kind, long Line);
