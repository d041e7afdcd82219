namespace Deskmine.Mining.Evaluation;

/// <summary>How the evaluator reads an event whose true instance is <c>null</c>.</summary>
public enum UnlabelledEvents
{
    /// <summary>The event is true noise (belongs to no task) and is scored as its own class.</summary>
    Noise,
    /// <summary>The event has no ground truth (e.g. a raw event the reference removed as redundant) and is not scored.</summary>
    Ignored,
}
