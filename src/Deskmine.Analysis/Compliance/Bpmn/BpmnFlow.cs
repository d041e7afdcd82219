namespace Deskmine.Analysis.Compliance.Bpmn;

/// <summary>A sequence flow between two nodes.</summary>
/// <param name="Id">Its id in the file.</param>
/// <param name="Source">The id of the node it leaves.</param>
/// <param name="Target">The id of the node it enters.</param>
/// <param name="Line">The line of the file it is declared on.</param>
public sealed record BpmnFlow(string Id, string Source, string Target, long Line);
