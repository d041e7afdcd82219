namespace Deskmine.Analysis.Work;

/// <summary>One task instance (a segment of someone's work).</summary>
/// <param name="Id">Identifier of the instance (segment id).</param>
/// <param name="TaskType">Index into <see cref="WorkLog.TaskTypes"/>.</param>
/// <param name="User">Pseudonym of the person who did it.</param>
/// <param name="Team">The person's team, when known.</param>
/// <param name="CaseId">Business object the instance worked on (invoice number, customer id), when found.</param>
/// <param name="Events">Indices into <see cref="WorkLog.Events"/>, in time order.</param>
public sealed record WorkInstance(string Id, int TaskType, string User, string? Team, string? CaseId, IReadOnlyList<int> Events);
