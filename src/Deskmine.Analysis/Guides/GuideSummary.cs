namespace Deskmine.Analysis.Guides;

/// <summary>Figures of a task type's instances.</summary>
/// <param name="Instances">Instances of the task type.</param>
/// <param name="People">Distinct people who did them.</param>
/// <param name="Variants">Distinct step sequences.</param>
/// <param name="MainVariantInstances">Instances that follow the main variant exactly.</param>
/// <param name="MedianHandlingMicros">Median handling time of one instance (the steps' handling time summed).</param>
/// <param name="MedianElapsedMicros">Median time from an instance's first to its last event.</param>
public sealed record GuideSummary(int Instances, int People, int Variants, int MainVariantInstances, long MedianHandlingMicros, long MedianElapsedMicros);
