namespace Deskmine.Workspaces.Recognition;

/// <summary>One line of <c>deskmine tasks</c>: a task type of the last recognition run as a person reviews it.</summary>
/// <param name="Id">The type's stable key (what <c>tasks rename|merge|split</c> and the rules take).</param>
/// <param name="Name">Readable name, or the name a rule gave.</param>
/// <param name="Instances">Task instances (segments) of this type.</param>
/// <param name="Events">Events in those instances.</param>
/// <param name="People">Number of people with at least one instance.</param>
/// <param name="MedianSeconds">Median instance duration in seconds, <c>null</c> when events carry no time.</param>
/// <param name="Steps">Readable names of typical steps, in their usual order.</param>
public sealed record TaskTypeSummary(
    string Id, string Name, int Instances, int Events, int People, double? MedianSeconds, IReadOnlyList<string> Steps);
