using Deskmine.Reporting.Accuracy;
using Deskmine.Storage;
using Deskmine.Storage.Workspaces;

namespace Deskmine.Workspaces.Evaluation;

/// <summary>
/// The report's accuracy panel for a workspace with a ground-truth table (simulated data): the counts recognition
/// found beside the true ones, the scores of <see cref="EvaluationRun"/>, and the true type behind each found type.
/// </summary>
public static class AccuracyPanel
{
    /// <summary>Builds the panel from the stored recognition run, the truth table and <paramref name="evaluation"/> of them.</summary>
    /// <param name="workspace">A workspace with a recognition run and a ground-truth table.</param>
    /// <param name="evaluation">The scores of that run against that table.</param>
    /// <param name="command">The command that prints the same scores, shown in the panel; <c>null</c> for none.</param>
    public static AccuracySection Of(Workspace workspace, EvaluationRunResult evaluation, string? command = null)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(evaluation);
        var truth = new Dictionary<Guid, Core.Events.TruthRecord>();
        foreach (var t in workspace.Events.ReadTruth())
            truth.TryAdd(t.EventId, t);
        var derived = workspace.Events.ReadDerived(DerivedRuns.Recognition);

        // Per found type: its segments, and how many of its events each true type (or no task) holds.
        var segments = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var trueTypes = new Dictionary<string, Dictionary<string, long>>(StringComparer.Ordinal);
        long foundEvents = 0;
        foreach (var d in derived)
        {
            if (d.Segment is null || d.TaskType is null)
                continue;
            foundEvents++;
            if (!segments.TryGetValue(d.TaskType, out var set))
            {
                segments[d.TaskType] = set = new HashSet<string>(StringComparer.Ordinal);
                trueTypes[d.TaskType] = new Dictionary<string, long>(StringComparer.Ordinal);
            }
            set.Add(d.Segment);
            var type = truth.TryGetValue(d.EventId, out var t) && t.TaskInstance.Length > 0 ? t.TaskType : NoTask;
            var counts = trueTypes[d.TaskType];
            counts[type] = counts.GetValueOrDefault(type) + 1;
        }
        var inTask = truth.Values.Where(t => t.TaskInstance.Length > 0).ToList();
        var report = evaluation.Report;
        return new AccuracySection
        {
            TruthSource = evaluation.TruthDescription,
            Counts =
            [
                new AccuracyCount("Task types", segments.Count, inTask.Select(t => t.TaskType).Distinct(StringComparer.Ordinal).Count()),
                new AccuracyCount("Task instances", report.SegmentsFound, report.TrueSegments),
                new AccuracyCount("Events in a task", foundEvents, inTask.Count),
            ],
            Scores =
            [
                new("boundary precision", report.BoundaryPrecision, "Share of the task instances found that start where a true one starts."),
                new("boundary recall", report.BoundaryRecall, "Share of the true task starts that were found."),
                new("boundary F1", report.BoundaryF1, "Harmonic mean of boundary precision and recall: how well the stream was cut into tasks."),
                new("type F1", report.TypeF1, "Events of each found type against the true type most of them have, weighted by events."),
                new("type ARI per event", report.TypeAriPerEvent, "Agreement of the found types with the true types over events, corrected for chance (0 = chance)."),
                new("instance F1", report.InstanceF1, "Events of each found instance against the true instance most of them belong to."),
                new("mean edit distance", report.MeanEditDistance, "How far a found instance is from its best-matching true instance (0 = the same events).", LowerIsBetter: true),
            ],
            TypeMatches = [.. segments
                .Select(p =>
                {
                    var counts = trueTypes[p.Key];
                    var best = counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).First();
                    return new TypeMatch(p.Key, p.Value.Count, best.Key == NoTask ? null : best.Key, (double)best.Value / counts.Values.Sum());
                })
                .OrderByDescending(m => m.Instances).ThenBy(m => m.Found, StringComparer.Ordinal)],
            Command = command,
        };
    }

    // No true type is named with a control character, so this key never collides with one.
    private const string NoTask = "\u0001";
}
