namespace Deskmine.Analysis.Work;

/// <summary>A task type as analysis sees it.</summary>
/// <param name="Id">Stable identifier (the recognition key, or the imported name); what <c>--task-type</c> takes.</param>
/// <param name="Name">Name shown to people.</param>
/// <param name="Applications">Applications in the order the type's work usually visits them.</param>
public sealed record WorkTaskType(string Id, string Name, IReadOnlyList<string> Applications);
