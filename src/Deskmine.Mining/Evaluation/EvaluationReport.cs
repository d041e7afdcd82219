namespace Deskmine.Mining.Evaluation;

/// <summary>Recognition quality against ground truth, with the measures of the task-mining literature.</summary>
/// <param name="ScoredEvents">Events that took part in scoring.</param>
/// <param name="SegmentsFound">Discovered segments with at least one scored event.</param>
/// <param name="TrueSegments">True task instances among scored events.</param>
/// <param name="MeanEditDistance">Mean over discovered segments of the normalised edit distance (over event ids) to the best-overlapping true segment; lower is better.</param>
/// <param name="BoundaryPrecision">Share of discovered segment starts that are true starts.</param>
/// <param name="BoundaryRecall">Share of true segment starts that were found.</param>
/// <param name="BoundaryF1">Harmonic mean of boundary precision and recall.</param>
/// <param name="TypePrecision">Event-level precision after mapping each task type to its majority true type, weighted by support.</param>
/// <param name="TypeRecall">Event-level recall, same mapping and weighting.</param>
/// <param name="TypeF1">Event-level F1, same mapping and weighting.</param>
/// <param name="InstancePrecision">Event-level precision after mapping each segment to its majority true instance, weighted.</param>
/// <param name="InstanceRecall">Event-level recall, segment-to-instance mapping.</param>
/// <param name="InstanceF1">Event-level F1, segment-to-instance mapping.</param>
/// <param name="TypeAriPerEvent">Adjusted Rand index of task types against true types, over events.</param>
/// <param name="TypeAriPerSegment">Adjusted Rand index over discovered segments: their type against the type of their best-overlapping true segment.</param>
/// <param name="InstanceAriPerEvent">Adjusted Rand index of segments against true instances, over events.</param>
public sealed record EvaluationReport(
    int ScoredEvents, int SegmentsFound, int TrueSegments, double MeanEditDistance,
    double BoundaryPrecision, double BoundaryRecall, double BoundaryF1,
    double TypePrecision, double TypeRecall, double TypeF1,
    double InstancePrecision, double InstanceRecall, double InstanceF1,
    double TypeAriPerEvent, double TypeAriPerSegment, double InstanceAriPerEvent)
{
    /// <summary>The figures as (metric, value) rows, in a fixed order, for printing as a table.</summary>
    public IReadOnlyList<(string Metric, double Value)> ToRows() =>
    [
        ("events scored", ScoredEvents), ("segments found", SegmentsFound), ("true segments", TrueSegments),
        ("mean edit distance", MeanEditDistance),
        ("boundary precision", BoundaryPrecision), ("boundary recall", BoundaryRecall), ("boundary F1", BoundaryF1),
        ("type precision", TypePrecision), ("type recall", TypeRecall), ("type F1", TypeF1),
        ("instance precision", InstancePrecision), ("instance recall", InstanceRecall), ("instance F1", InstanceF1),
        ("type ARI per event", TypeAriPerEvent), ("type ARI per segment", TypeAriPerSegment),
        ("instance ARI per event", InstanceAriPerEvent),
    ];
}
