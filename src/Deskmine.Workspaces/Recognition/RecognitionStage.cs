namespace Deskmine.Workspaces.Recognition;

/// <summary>Wall time and managed heap after one stage of a run, for finding where a large run spends its time.</summary>
/// <param name="Name">The stage: <c>read events</c>, <c>recognise</c> or <c>store derived run</c>.</param>
/// <param name="Elapsed">Wall time of the stage.</param>
/// <param name="HeapBytes">Managed heap when the stage ended.</param>
public sealed record RecognitionStage(string Name, TimeSpan Elapsed, long HeapBytes);
