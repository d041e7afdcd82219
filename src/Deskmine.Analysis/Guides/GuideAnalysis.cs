using Deskmine.Analysis.Work;

namespace Deskmine.Analysis.Guides;

/// <summary>A guide together with what it was built from, for generators that need more than the guide shows.</summary>
/// <param name="Guide">The guide.</param>
/// <param name="Shapes">Per main-variant step (index = number − 1), its shape.</param>
/// <param name="MainInstances">The instances that follow the main variant exactly, in log order.</param>
/// <param name="MainOccurrences">Per main instance (aligned with <paramref name="MainInstances"/>), its step occurrences (index = step number − 1).</param>
internal sealed record GuideAnalysis(
    TaskGuide Guide, IReadOnlyList<StepShape> Shapes, IReadOnlyList<WorkInstance> MainInstances,
    IReadOnlyList<IReadOnlyList<StepOccurrence>> MainOccurrences);
