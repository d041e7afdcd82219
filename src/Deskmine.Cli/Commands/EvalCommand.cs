using System.CommandLine;
using System.Globalization;
using Deskmine.Core.Events;
using Deskmine.Mining.Evaluation;
using Deskmine.Storage;
using Deskmine.Storage.Formats;

namespace Deskmine.Cli.Commands;

/// <summary>
/// <c>deskmine eval</c>: scores the workspace's last <c>deskmine mine</c> run against ground truth — the
/// workspace's truth table (simulated data), an attribute of the imported events (<c>caseID</c> of CPN logs), or
/// a reference log matched to the events by timestamp and event type (Leno's <c>*_segmented.csv</c>).
/// </summary>
internal static class EvalCommand
{
    public static Command Create(CliContext context)
    {
        var workspace = CommonOptions.Workspace();
        var truth = new Option<string>("--truth")
        {
            Description = "Where the true task instance is: truth (the workspace's ground truth table), an attribute such as caseID or attrs.caseID, or auto (truth table when present, else caseID)",
            DefaultValueFactory = _ => "auto",
            HelpName = "SOURCE",
        };
        var truthFile = new Option<string?>("--truth-file")
        {
            Description = "Reference log holding the truth (e.g. StudentRecord_segmented.csv), matched to the events by timestamp and event type; --truth names its attribute (default caseID)",
            HelpName = "FILE",
        };
        var format = LogInputs.FormatOption();
        format.Description = "Format of --truth-file (guessed when omitted)";
        var command = new Command("eval", "Score the last 'deskmine mine' run against ground truth: segments, edit distance, boundary, type and instance P/R/F1, ARI")
        {
            workspace, truth, truthFile, format,
        };
        command.SetAction(parse =>
        {
            using var ws = LogInputs.OpenForReading(parse.GetValue(workspace)!);
            var derived = ws.Events.ReadDerived(DerivedRuns.Recognition);
            if (derived.Count == 0)
                throw new WorkspaceProblemException($"{ws.Directory} has no recognition results; run 'deskmine mine -w {ws.Directory}' first");
            // Boundaries are read along each recording (session: one file, or one person's day), in time order.
            var events = ws.Events.ReadEvents().Select((e, i) => (e, i)).OrderBy(x => x.e.Session, StringComparer.Ordinal)
                .ThenBy(x => x.e.Ts ?? 0).ThenBy(x => x.i).Select(x => x.e).ToList();
            var file = parse.GetValue(truthFile);
            var (instance, type, mode, described) = Truth(ws.Events, events, parse.GetValue(truth)!, file, parse.GetValue(format));
            var (segments, types) = Predicted(events, derived);
            var report = RecognitionEvaluator.Evaluate(segments, types, instance, type, mode);
            var o = context.Out;
            o.WriteLine($"truth: {described}");
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"metric",-24} {"value",10}"));
            foreach (var (metric, value) in report.ToRows())
                o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{metric,-24} {(value == Math.Floor(value) && value > 1 ? value.ToString("N0", CultureInfo.InvariantCulture) : value.ToString("F3", CultureInfo.InvariantCulture)),10}"));
            if (mode == UnlabelledEvents.Ignored && file is null && instance.Any(x => x is null))
            {
                var withNoise = RecognitionEvaluator.Evaluate(segments, types, instance, type, UnlabelledEvents.Noise);
                var unlabelled = instance.Count(x => x is null);
                var leftOut = Enumerable.Range(0, events.Count).Count(i => segments[i] < 0 && instance[i] is null);
                o.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"not scored: {unlabelled:N0} events without a true task; {leftOut:N0} of them left out as noise; type F1 with noise as a class {withNoise.TypeF1:F3}"));
            }
            return CliApp.Ok;
        });
        return command;
    }

    private static (string?[] Instance, string?[] Type, UnlabelledEvents Mode, string Described) Truth(
        IEventStore store, List<UiEvent> events, string source, string? file, string? format)
    {
        if (file is not null)
        {
            var attribute = source is "auto" or "truth" ? "caseID" : Attribute(source);
            var instance = TruthMatcher.ByTimestamp(events, LogReaders.Open(file, format), attribute);
            if (instance.All(x => x is null))
                throw new UsageException($"no event of the workspace matched a row of {file} by timestamp with a '{attribute}' value");
            var name = Path.GetFileNameWithoutExtension(file);
            return (instance, [.. instance.Select(x => x is null ? null : name)], UnlabelledEvents.Ignored,
                $"{file} ({attribute}), matched by timestamp and event type; {instance.Count(x => x is not null):N0} of {events.Count:N0} events matched");
        }
        if (source is "truth" or "auto")
        {
            var table = store.ReadTruth().ToDictionary(t => t.EventId);
            if (table.Count > 0)
            {
                var inst = events.Select(e => table.TryGetValue(e.Id, out var t) && t.TaskInstance.Length > 0 ? t.TaskInstance : null).ToArray();
                var typ = events.Select(e => table.TryGetValue(e.Id, out var t) && t.TaskInstance.Length > 0 ? t.TaskType : null).ToArray();
                return (inst, typ, UnlabelledEvents.Ignored, "the workspace's ground truth table (events of no task are not scored)");
            }
            if (source == "truth")
                throw new UsageException("the workspace has no ground truth table; use --truth caseID (an attribute) or --truth-file");
        }
        var attr = source == "auto" ? "caseID" : Attribute(source);
        var values = events.Select(e => e.Attrs?.GetValueOrDefault(attr) is { Length: > 0 } v ? v : null).ToArray();
        if (values.All(x => x is null))
            throw new UsageException($"no event carries attrs.{attr}; use --truth truth (simulated data) or --truth-file");
        return (values, [.. values.Select(x => x is null ? null : attr)], UnlabelledEvents.Noise,
            $"attrs.{attr} (one task type; events without it count as noise)");
    }

    private static string Attribute(string source) =>
        source.StartsWith("attrs.", StringComparison.Ordinal) ? source["attrs.".Length..] : source;

    private static (int[] Segments, int[] Types) Predicted(List<UiEvent> events, IReadOnlyList<Storage.Workspaces.DerivedRecord> derived)
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
