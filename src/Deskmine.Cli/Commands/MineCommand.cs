using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Deskmine.Core.Errors;
using Deskmine.Core.Events;
using Deskmine.Mining.Recognition;
using Deskmine.Storage;
using Deskmine.Storage.Workspaces;

namespace Deskmine.Cli.Commands;

/// <summary>
/// <c>deskmine mine</c>: activity recognition with the default settings over every person's stream in a
/// workspace; segments, task types and case ids are stored beside the events (run <c>recognition</c>), the task
/// type catalogue under <c>recognition.task_types</c> and labelling rules under <c>recognition.rules</c>.
/// </summary>
internal static class MineCommand
{
    /// <summary>Result key of the task-type catalogue (JSON array of index, key, name, segments, events, applications).</summary>
    public const string TaskTypesKey = "recognition.task_types";

    /// <summary>Result key of the labelling rules applied on every run.</summary>
    public const string RulesKey = "recognition.rules";

    public static Command Create(CliContext context)
    {
        var workspace = CommonOptions.Workspace();
        var rules = new Option<string?>("--rules")
        {
            Description = "JSON file of labelling rules (rename, merge, split task types); kept in the workspace and applied on later runs",
            HelpName = "FILE",
        };
        var verbose = new Option<bool>("--verbose") { Description = "Print the time and memory of each stage to standard error" };
        var command = new Command("mine", "Recognise tasks: cut each person's events into task instances, group them into task types, attach case ids")
        {
            workspace, rules, verbose,
        };
        command.SetAction(parse =>
        {
            using var ws = LogInputs.OpenForWriting(parse.GetValue(workspace)!);
            var clock = Stopwatch.StartNew();
            var stage = new StageTimer(parse.GetValue(verbose) ? context.Error : null);
            var ruleList = LoadRules(ws.Events, parse.GetValue(rules));
            var events = ws.Events.ReadEvents().ToList();
            stage.Done("read events");
            var result = TaskRecognizer.Recognize(events, RecognitionOptions.Default, ruleList);
            stage.Done("recognise");
            ws.Events.ReplaceDerived(DerivedRuns.Recognition, Derived(events, result));
            ws.Events.PutResult(TaskTypesKey, Catalogue(result));
            stage.Done("store derived run");
            Summary(context.Out, events.Count, result, clock.Elapsed);
            return CliApp.Ok;
        });
        return command;
    }

    // Wall time and managed heap after each stage, for finding where a large run spends its time.
    private sealed class StageTimer(TextWriter? error)
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();

        public void Done(string stage)
        {
            if (error is null)
                return;
            error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"mine: {stage,-18} {_clock.Elapsed.TotalSeconds,7:F2} s  heap {GC.GetTotalMemory(false) / 1048576.0,8:F0} MB"));
            _clock.Restart();
        }
    }

    private static IReadOnlyList<TaskTypeRule> LoadRules(IEventStore store, string? file)
    {
        if (file is null)
            return store.GetResult(RulesKey) is { } kept ? TaskTypeRuleJson.Parse(kept, RulesKey) : [];
        if (!File.Exists(file))
            throw new InputException(file, null, null, "no such rules file; expected a JSON array of labelling rules");
        var parsed = TaskTypeRuleJson.Parse(File.ReadAllText(file), file);
        store.PutResult(RulesKey, TaskTypeRuleJson.Serialize(parsed));
        return parsed;
    }

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

    private static string SegmentId(int s) => "s" + s.ToString("D6", CultureInfo.InvariantCulture);

    private static string Catalogue(RecognitionResult result)
    {
        var events = new int[result.TaskTypes.Count];
        foreach (var t in result.TaskTypeOfEvent)
            if (t >= 0)
                events[t]++;
        return JsonSerializer.Serialize(result.TaskTypes.Select(t => new
        {
            index = t.Index,
            key = t.Key,
            name = t.Name,
            segments = t.SegmentCount,
            events = events[t.Index],
            applications = t.Applications,
        }));
    }

    private static void Summary(TextWriter output, int count, RecognitionResult result, TimeSpan elapsed)
    {
        var noise = result.SegmentOfEvent.Count(s => s < 0);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{count:N0} events → {result.Segments.Count:N0} segments of {result.TaskTypes.Count} task types; noise {noise:N0} events ({(count == 0 ? 0 : 100.0 * noise / count):F1} %); {elapsed.TotalSeconds:F1} s"));
        foreach (var t in result.TaskTypes.OrderByDescending(t => t.SegmentCount))
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {t.SegmentCount,7:N0}  {t.Key}  {t.Name}"));
    }
}
