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
            rows.Add(new DerivedRowsSpill.Row(ids[k], person.SegmentOf(k), person.LabelIdOf(k)));
    }

    private static void ReturnFreeMemory() =>
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);

    /// <summary>The identifier a run gives segment <paramref name="index"/> (<c>s000042</c>).</summary>
    public static string SegmentId(int index) => "s" + index.ToString("D6", CultureInfo.InvariantCulture);

    // Streamed into the store's appender: one record is built at a time. Segment ids are made once per segment; a label
    // is made into a string once per run of events that repeat it nearby (the builder keeps labels as UTF-8).
    private static IEnumerable<DerivedRecord> Derived(DerivedRowsSpill rows, RecognitionBuilder builder, RecognizedTasks result)
    {
        var segmentIds = new string?[result.Segments.Count];
        const int recent = 1 << 12;
        var recentIds = new int[recent];
        Array.Fill(recentIds, -1);
        var recentLabels = new string[recent];
        foreach (var (id, s, label) in rows.Read())
        {
            var at = label & (recent - 1);
            if (recentIds[at] != label)
                (recentIds[at], recentLabels[at]) = (label, builder.Label(label));
            if (s < 0)
            {
                yield return new DerivedRecord(id, null, null, null, recentLabels[at]);
                continue;
            }
            var segment = result.Segments[s];
            yield return new DerivedRecord(id, segmentIds[s] ??= SegmentId(s), result.TaskTypes[segment.TaskType].Name,
                segment.CaseId, recentLabels[at]);
        }
    }
}
