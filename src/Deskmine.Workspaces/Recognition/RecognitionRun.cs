using System.Diagnostics;
using System.Globalization;
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
        // People are read one at a time (one sorted query each, only the fields recognition reads) and analysed while
        // the next one is read; what is kept of each is, per event, its id, segment and label number (in a temporary
        // file), never its raw events (nor the person's step names, which the builder keeps once per label).
        var builder = new RecognitionBuilder(request.Options, rules);
        using var rows = new DerivedRowsSpill();
        Task<PersonRecognition>? analysing = null;
        Guid[]? analysingIds = null;
        foreach (var person in store.ReadEventsForRecognition(PersonRecognition.AttributeKeys))
        {
            var events = person.Events;
            var next = Task.Run(() => PersonRecognition.Analyse(person.Person, events, request.Options));
            var ids = person.Ids();
            if (analysing is not null)
                Keep(rows, analysingIds!, builder.Add(analysing.GetAwaiter().GetResult()));
            (analysing, analysingIds) = (next, ids);
        }
        if (analysing is not null)
            Keep(rows, analysingIds!, builder.Add(analysing.GetAwaiter().GetResult()));
        Done("read and segment");
        // What reading and segmenting left committed (the collector's room between full collections, a few hundred MB
        // per person at 10 M events) goes back before the task types are found, not only before the store.
        ReturnFreeMemory();
        var result = builder.Finish();
        Done("task types");
        var eventCount = (int)rows.Count;
        var noise = (int)rows.Noise;
        // Most of what reading and segmenting allocated is garbage by now, but the runtime keeps the memory it once
        // committed; handing it back before DuckDB takes memory for the derived rows and the step names keeps the two
        // from adding up to the run's peak. One full collection costs well under a second here.
        ReturnFreeMemory();
        store.ReplaceDerived(DerivedRuns.Recognition, Derived(rows, builder, result));
        rows.Dispose();
        ReturnFreeMemory();
        var catalogue = TaskTypeCatalogue.From(result);
        catalogue.Write(store);
        SegmentTypes.From(result).Write(store);
        StepNames.Write(store, result);
        Done("store derived run");

        return new RecognitionRunResult
        {
            EventCount = eventCount,
            NoiseEvents = noise,
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

    private static void Keep(DerivedRowsSpill rows, Guid[] ids, PersonResult person)
    {
        for (var k = 0; k < ids.Length; k++)
            rows.Add(new DerivedRow(ids[k], person.SegmentOf(k), person.LabelIdOf(k)));
    }

    // Below this much committed memory a run is well inside its budget (600 MB at 1 M events) and a full compacting
    // collection would only cost time: about 0.15 s each of the three at 1 M events, for memory the run's peak, set
    // while reading, does not depend on.
    private const long CommittedWorthReturning = 512L << 20;

    private static void ReturnFreeMemory()
    {
        if (GC.GetGCMemoryInfo().TotalCommittedBytes < CommittedWorthReturning)
            return;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }

    /// <summary>The identifier a run gives segment <paramref name="index"/> (<c>s000042</c>).</summary>
    public static string SegmentId(int index) => "s" + index.ToString("D6", CultureInfo.InvariantCulture);

    // Per event its segment and label number, streamed from the temporary file into the store's appender; each segment
    // (its id, type name and case) and each label is given once.
    private static DerivedRun Derived(DerivedRowsSpill rows, RecognitionBuilder builder, RecognizedTasks result)
    {
        var segments = new DerivedSegment[result.Segments.Count];
        for (var s = 0; s < segments.Length; s++)
        {
            var segment = result.Segments[s];
            segments[s] = new DerivedSegment(SegmentId(s), result.TaskTypes[segment.TaskType].Name, segment.CaseId);
        }
        return new DerivedRun
        {
            Rows = rows.Read(),
            Segments = segments,
            Labels = builder.Labels,
        };
    }
}
