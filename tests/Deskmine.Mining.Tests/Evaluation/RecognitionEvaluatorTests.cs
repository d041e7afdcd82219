using Deskmine.Mining.Evaluation;
using Deskmine.Mining.Recognition;

namespace Deskmine.Mining.Tests.Evaluation;

public sealed class RecognitionEvaluatorTests
{
    private static RecognitionResult Result(int[] seg, int[] type) => new()
    {
        SegmentOfEvent = seg,
        TaskTypeOfEvent = type,
        ActionLabelOfEvent = [.. seg.Select(_ => "a")],
        RedundantEvent = [.. seg.Select(_ => false)],
        Segments = [.. seg.Where(s => s >= 0).Distinct().Select(s => new RecognizedSegment(s, "", type[Array.IndexOf(seg, s)], null, null, null, seg.Count(x => x == s), []))],
        TaskTypes = [.. type.Where(t => t >= 0).Distinct().Select(t => new TaskType(t, "k" + t, "T" + t, 1, []))],
    };

    [Fact]
    public void Perfect_recognition_scores_one_and_zero_distance()
    {
        var r = Result([0, 0, 1, 1], [0, 0, 1, 1]);
        var report = RecognitionEvaluator.Evaluate(r, ["a", "a", "b", "b"], ["X", "X", "Y", "Y"]);
        Assert.Equal(0, report.MeanEditDistance);
        Assert.Equal(1, report.BoundaryF1);
        Assert.Equal(1, report.TypeF1);
        Assert.Equal(1, report.InstanceF1);
        Assert.Equal(1, report.TypeAriPerEvent);
    }

    [Fact]
    public void A_merged_pair_of_segments_halves_boundary_recall_and_costs_edit_distance()
    {
        var r = Result([0, 0, 0, 0], [0, 0, 0, 0]);
        var report = RecognitionEvaluator.Evaluate(r, ["a", "a", "b", "b"], ["X", "X", "X", "X"]);
        Assert.Equal(1, report.SegmentsFound);
        Assert.Equal(2, report.TrueSegments);
        Assert.Equal(0.5, report.MeanEditDistance);
        Assert.Equal(0, report.BoundaryRecall);
    }

    [Fact]
    public void Unlabelled_events_are_skipped_when_ignored_and_count_as_noise_otherwise()
    {
        var r = Result([0, 0, 0], [0, 0, 0]);
        var ignored = RecognitionEvaluator.Evaluate(r, ["a", null, "a"], ["X", null, "X"], UnlabelledEvents.Ignored);
        var noise = RecognitionEvaluator.Evaluate(r, ["a", null, "a"], ["X", null, "X"], UnlabelledEvents.Noise);
        Assert.Equal(2, ignored.ScoredEvents);
        Assert.Equal(1, ignored.InstanceF1);
        Assert.True(noise.InstanceF1 < 1);
    }
}
