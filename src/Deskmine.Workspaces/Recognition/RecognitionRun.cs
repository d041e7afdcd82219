using System.Diagnostics;
using System.Globalization;
using Deskmine.Core.Events;
using Deskmine.Mining.Recognition;
using Deskmine.Storage;
using Deskmine.Storage.Workspaces;

namespace Deskmine.Workspaces.Recognition;

/// <summary>
/// Activity recognition over every person's stream in a workspace: segments, task types and case ids are stored
/// beside the events (derived run <see cref="DerivedRuns.Recognition"/>), the task-type catalogue under
/// <see cref="TaskTypeCatalogue.ResultKey"/> (with each segment's type under <see cref="SegmentTypes.ResultKey"/>) and the labelling rules under <see cref="LabellingRules.ResultKey"/>.
/// </summary>
public static class RecognitionRun
{
    /// <summary>Recognises the tasks in <paramref name="workspace"/> and stores the run, replacing the previous one.</summary>
    /// <exception cref="Core.Errors.InputException">The rules file is missing or malformed.</exception>
    public static RecognitionRunResult Run(Workspace workspace, RecognitionRequest? request = null)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        request ??= RecognitionRequest.Default;
        var clock = Stopwatch.StartNew();
        var stages = new List<RecognitionStage>();
        var stage = Stopwatch.StartNew();
        var store = workspace.Events;

        if (request.Rules is not null && request.RulesFile is not null)
            throw new ArgumentException("Give labelling rules either as a file or as a list, not both.", nameof(request));
        var rules = request.Rules ?? LabellingRules.Load(store, request.RulesFile);
        if (request.Rules is not null)
            LabellingRules.Write(store, request.Rules);
        var events = store.ReadEvents().ToList();
        Done("read events");
        var result = TaskRecognizer.Recognize(events, request.Options, rules);
        Done("recognise");
        store.ReplaceDerived(DerivedRuns.Recognition, Derived(events, result));
        var catalogue = TaskTypeCatalogue.From(result);
        catalogue.Write(store);
        SegmentTypes.From(result).Write(store);
        StepNames.From(result).Write(store);
        Done("store derived run");

        return new RecognitionRunResult
        {
            EventCount = events.Count,
            NoiseEvents = result.SegmentOfEvent.Count(s => s < 0),
            SegmentCount = result.Segments.Count,
            Catalogue = catalogue,
            Recognition = result,
            Elapsed = clock.Elapsed,
            Stages = stages,
        };

        void Done(string name)
        {
            stages.Add(new RecognitionStage(name, stage.Elapsed, GC.GetTotalMemory(false)));
            stage.Restart();
        }
    }

    /// <summary>The identifier a run gives segment <paramref name="index"/> (<c>s000042</c>).</summary>
    public static string SegmentId(int index) => "s" + index.ToString("D6", CultureInfo.InvariantCulture);

    private static IEnumerable<DerivedRecord> Derived(List<UiEvent> events, RecognitionResult result)
    {
        for (var i = 0; i < events.Count; i++)
        {
            var s = result.SegmentOfEvent[i];
            yield return s < 0
                ? new DerivedRecord(events[i].Id, null, null, null, result.ActionLabelOfEvent[i])
                : new DerivedRecord(events[i].Id, SegmentId(s), result.TaskTypes[result.TaskTypeOfEvent[i]].Name,
                    result.Segments[s].CaseId, result.ActionLabelOfEvent[i]);
        }
    }
}
