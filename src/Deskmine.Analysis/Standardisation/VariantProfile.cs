namespace Deskmine.Analysis.Standardisation;

/// <summary>One way of doing a task: a sequence of step names, with how often and how fast it was done.</summary>
/// <param name="Steps">Step names in order (consecutive events of one step count once).</param>
/// <param name="Instances">Instances that followed it.</param>
/// <param name="People">Distinct people who followed it.</param>
/// <param name="Share">Its share (0–1) of the instances it was counted among.</param>
/// <param name="MedianHandling">Median handling time of its instances.</param>
/// <param name="ReworkShare">Share (0–1) of its instances with rework: a step that comes back after another step,
/// or a field typed into twice (a typo retyped).</param>
public sealed record VariantProfile(
    IReadOnlyList<string> Steps, int Instances, int People, double Share, TimeSpan MedianHandling, double ReworkShare);
