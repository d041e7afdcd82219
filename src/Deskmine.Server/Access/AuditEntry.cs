namespace Deskmine.Server.Access;

/// <summary>One line of the audit log: who saw or changed what, when.</summary>
/// <param name="Id">Position in the log (increasing).</param>
/// <param name="At">When (UTC).</param>
/// <param name="Actor">The account name, or <c>cli</c> for a command run on the server machine.</param>
/// <param name="Action">What was done: <c>view.sessions</c>, <c>view.step-events</c>, <c>export</c>, <c>retention</c>, <c>erase</c>, <c>login</c> …</param>
/// <param name="Subject">What it concerned (a pseudonym, a step, a filter), or <c>null</c>.</param>
/// <param name="Detail">Counts and parameters, never event content.</param>
public sealed record AuditEntry(long Id, DateTimeOffset At, string Actor, string Action, string? Subject, string? Detail);
