namespace Deskmine.Analysis.TimeStudy;

/// <summary>Times of one step name within a task type.</summary>
/// <param name="Name">Step name.</param>
/// <param name="Occurrences">How often the step was performed (consecutive repeats count once).</param>
/// <param name="Handling">Handling time per occurrence.</param>
/// <param name="Waiting">Waiting time per occurrence.</param>
public sealed record StepTimes(string Name, int Occurrences, Durations Handling, Durations Waiting);
