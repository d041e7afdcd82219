using System.CommandLine;
using System.Text;
using Deskmine.Cli.Terminal;
using Deskmine.Mining.Maps;
using Deskmine.Workspaces.Sources;

namespace Deskmine.Cli.Commands;

/// <summary><c>deskmine map</c>: the process map of a log file or a workspace, as JSON or as text.</summary>
internal static class MapCommand
{
    public static Command Create(CliContext context)
    {
        var input = new Argument<string>("FILE_OR_WORKSPACE")
        {
            Description = "A log file (Action Logger CSV, CPN CSV, CSV, XES, XES.gz) or a workspace folder",
        };
        var json = new Option<bool>("--json") { Description = "Print one JSON object (num_cases, num_events, activities, start_activities, end_activities, dfg, num_variants, variants)" };
        var format = LogInputs.FormatOption();
        var offsets = LogInputs.OffsetsOption();
        var caseNotion = CommonOptions.CaseNotion();
        var classifier = CommonOptions.Classifier();
        var filters = new MapFilterOptions();
        var topVariants = new Option<int?>("--top-variants")
        {
            Description = "List only the N most frequent variants (num_variants still counts all)",
            HelpName = "N",
        };

        var objectType = new Option<string?>("--object-type")
        {
            Description = "Flatten an OCEL 2.0 log (file or workspace) on this object type: each of its objects is a case, the event type the activity",
            HelpName = "TYPE",
        };
        var command = new Command("map", "Directly-follows process map with frequencies and times, start/end activities and variants")
        {
            input, json, format, offsets, caseNotion, classifier, topVariants, objectType,
        };
        filters.AddTo(command);
        command.SetAction(parse =>
        {
            var path = parse.GetValue(input)!;
            var query = LogSources.Query(parse.GetValue(caseNotion)!, parse.GetValue(classifier)!, filters.AttributeNames(parse));
            var folding = StepClassifier.Folding(StepClassifier.IsIn(query), filters.FoldBelow(parse), filters.MaxActivities(parse));
            var mapOptions = new ProcessMapOptions { MaxVariants = parse.GetValue(topVariants) };
            // A store that computes the map itself (ClickHouse) does, unless filters or an object type need the events here.
            var map = folding is null && filters.IsEmpty(parse) && parse.GetValue(objectType) is null
                ? ProcessMapSources.FromAggregates(path, query, mapOptions) : null;
            if (map is null)
            {
                Core.Logs.EventLog log;
                using (var progress = LogInputs.ReadingProgress(context, path))
                    log = LogSources.Load(path, new LogSourceOptions { Format = parse.GetValue(format), Offsets = parse.GetValue(offsets), Progress = progress, ObjectType = parse.GetValue(objectType) }, query);
                log = filters.LogFilter(parse, folding).Apply(log);
                map = ProcessMaps.Discover(log, mapOptions);
            }
            map = filters.ApplyToMap(parse, map);
            if (parse.GetValue(json))
                WriteJson(context, map);
            else
            {
                MapText.Write(map, context.Out);
            }
            return CliApp.Ok;
        });
        return command;
    }

    private static void WriteJson(CliContext context, ProcessMap map)
    {
        // On the process's own UTF-8 standard output the JSON (megabytes for a large log) goes out as its bytes in large
        // blocks, instead of being decoded for the console writer, which encodes and writes every few kilobytes again.
        if (ReferenceEquals(context.Out, Console.Out) && Console.OutputEncoding.CodePage == Encoding.UTF8.CodePage)
        {
            context.Out.Flush();
            var stdout = new BufferedStream(Console.OpenStandardOutput(), 1 << 16);
            ProcessMapJson.Write(map, stdout);
            stdout.Write(Encoding.UTF8.GetBytes(context.Out.NewLine));
            stdout.Flush();
            return;
        }
        using (var output = new TextWriterStream(context.Out))
            ProcessMapJson.Write(map, output);
        context.Out.WriteLine();
    }
}
