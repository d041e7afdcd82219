namespace Deskmine.Analysis.TimeStudy;

/// <summary>One variant of a task type: the sequence of step names of its instances, consecutive repeats collapsed.</summary>
/// <param name="Steps">The step names in order.</param>
/// <param name="Instances">Instances following exactly this sequence.</param>
/// <param name="Share">Share (0–1) of the task type's instances.</param>
/// <param name="Handling">Handling time per instance.</param>
/// <param name="Waiting">Waiting time per instance.</param>
public sealed record VariantTimes(IReadOnlyList<string> Steps, int Instances, double Share, Durations Handling, Durations Waiting);
