using Deskmine.Core.Events;
using Deskmine.Mining.Evaluation;
using Deskmine.Storage;
using Deskmine.Storage.Workspaces;

namespace Deskmine.Workspaces.Evaluation;

/// <summary>
/// Scores the workspace's stored recognition run against ground truth — the truth table (simulated data), an
/// attribute of the imported events (<c>caseID</c> of CPN logs), or a reference log matched to the events by
/// timestamp and event type (Leno's <c>*_segmented.csv</c>).
/// </summary>
public static class EvaluationRun
{
    /// <summary>Evaluates the stored recognition run of <paramref name="workspace"/>.</summary>
    /// <exception cref="WorkspaceProblemException">The workspace holds no recognition run.</exception>
    /// <exception cref="InvalidRequestException">The truth source asked for holds no truth for these events.</exception>
    public static EvaluationRunResult Run(Workspace workspace, EvaluationRequest? request = null)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        request ??= new EvaluationRequest();
        var derived = workspace.Events.ReadDerived(DerivedRuns.Recognition);
        if (derived.Count == 0)
            throw new WorkspaceProblemException($"{workspace.Directory} has no recognition results; run 'deskmine mine -w {workspace.Directory}' first");
        // Boundaries are read along each recording (session: one file, or one person's day), in time order.
        var events = workspace.Events.ReadEvents().Select((e, i) => (e, i)).OrderBy(x => x.e.Session, StringComparer.Ordinal)
            .ThenBy(x => x.e.Ts ?? 0).ThenBy(x => x.i).Select(x => x.e).ToList();
        var truth = TruthResolver.Resolve(workspace.Events, events, request);
        var (segments, types) = Predicted(events, derived);
        var report = RecognitionEvaluator.Evaluate(segments, types, truth.Instance, truth.Type, truth.Unlabelled);
        UnscoredEvents? unscored = null;
        if (truth.Unlabelled == UnlabelledEvents.Ignored && request.TruthFile is null && truth.Instance.Any(x => x is null))
        {
            var withNoise = RecognitionEvaluator.Evaluate(segments, types, truth.Instance, truth.Type, UnlabelledEvents.Noise);
            var unlabelled = truth.Instance.Count(x => x is null);
            var leftOut = Enumerable.Range(0, events.Count).Count(i => segments[i] < 0 && truth.Instance[i] is null);
            unscored = new UnscoredEvents(unlabelled, leftOut, withNoise.TypeF1);
        }
        return new EvaluationRunResult(truth.Description, report, unscored);
    }

    private static (int[] Segments, int[] Types) Predicted(List<UiEvent> events, IReadOnlyList<DerivedRecord> derived)
    {
        var byEvent = derived.ToDictionary(d => d.EventId);
        var segIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var typeIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var segments = new int[events.Count];
        var types = new int[events.Count];
        for (var i = 0; i < events.Count; i++)
        {
            if (!byEvent.TryGetValue(events[i].Id, out var d) || d.Segment is null)
            {
                segments[i] = types[i] = -1;
                continue;
            }
            segments[i] = Intern(segIds, d.Segment);
            types[i] = Intern(typeIds, d.TaskType ?? "");
        }
        return (segments, types);
    }

    private static int Intern(Dictionary<string, int> ids, string key)
    {
        if (!ids.TryGetValue(key, out var id))
            ids[key] = id = ids.Count;
        return id;
    }
}
