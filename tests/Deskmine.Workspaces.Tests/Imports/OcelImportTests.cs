using System.Text.Json;
using Deskmine.Core.Errors;
using Deskmine.Core.Logs;
using Deskmine.Mining.Maps;
using Deskmine.Storage.Workspaces;
using Deskmine.Workspaces.Imports;
using Deskmine.Workspaces.Sources;
using Deskmine.Workspaces.Tests.Support;

namespace Deskmine.Workspaces.Tests.Imports;

public sealed class OcelImportTests
{
    public static TheoryData<string> Files => [.. OcelReference.Files];

    [SkippableTheory]
    [MemberData(nameof(Files))]
    public void An_imported_ocel_log_has_the_counts_pm4py_reads(string name)
    {
        Skip.If(OcelReference.Folder is null, OcelReference.MissingReason);
        using var dir = new TempDir();
        var expected = OcelReference.Expected(name);

        var result = ImportRun.Run(dir.File("ws"), new ImportRequest { Path = OcelReference.Path(name) });

        Assert.Equal(expected.GetProperty("num_events").GetInt64(), result.Imported);
        using var ws = Workspace.OpenReadOnly(dir.File("ws"));
        var log = ws.Objects.ReadObjectLog();
        Assert.Equal(expected.GetProperty("num_events").GetInt32(), log.Events.Count);
        Assert.Equal(expected.GetProperty("num_objects").GetInt32(), log.Objects.Count);
        Assert.Equal(Counts(expected, "event_types"), Tally(log.Events.Select(e => e.Type)));
        Assert.Equal(Counts(expected, "object_types"), Tally(log.Objects.Select(o => o.Type)));
        Assert.Equal(expected.GetProperty("e2o_relations").GetInt32(), log.EventObjects.Count);
        Assert.Equal(Counts(expected, "e2o_qualifiers"), Tally(log.EventObjects.Select(r => r.Qualifier)));
        var typeOf = log.Objects.ToDictionary(o => o.Id, o => o.Type);
        Assert.Equal(Counts(expected, "e2o_by_object_type"), Tally(log.EventObjects.Select(r => typeOf[r.TargetId])));
        Assert.Equal(expected.GetProperty("o2o_relations").GetInt32(), log.ObjectObjects.Count);
        Assert.Equal(Counts(expected, "o2o_qualifiers"), Tally(log.ObjectObjects.Select(r => r.Qualifier)));
        Assert.Equal(expected.GetProperty("object_changes").GetInt32(), log.Changes.Count);
        Assert.Equal(Names(expected, "event_attribute_columns"), log.Events.SelectMany(e => e.Attributes.Select(a => a.Key)).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(Names(expected, "object_attribute_columns"), log.Objects.SelectMany(o => o.Attributes.Select(a => a.Key)).Distinct().Order(StringComparer.Ordinal));
    }

    [SkippableTheory]
    [MemberData(nameof(Files))]
    public void Flattened_maps_of_the_file_and_of_the_workspace_equal_pm4py_dfgs(string name)
    {
        Skip.If(OcelReference.Folder is null, OcelReference.MissingReason);
        using var dir = new TempDir();
        var path = OcelReference.Path(name);
        ImportRun.Run(dir.File("ws"), new ImportRequest { Path = path });
        var flattened = OcelReference.Expected(name).GetProperty("flattened");

        foreach (var type in flattened.EnumerateObject())
        {
            foreach (var source in new[] { path, dir.File("ws") })
            {
                var map = ProcessMaps.Discover(LogSources.Load(source, new LogSourceOptions { ObjectType = type.Name }, new LogQuery()));
                var want = type.Value;
                Assert.Equal(want.GetProperty("num_cases").GetInt32(), map.NumCases);
                Assert.Equal(want.GetProperty("num_events").GetInt64(), map.NumEvents);
                Assert.Equal(
                    want.GetProperty("dfg").EnumerateArray().Select(e => $"{e.GetProperty("from").GetString()} -> {e.GetProperty("to").GetString()}: {e.GetProperty("count").GetInt64()}").Order(StringComparer.Ordinal),
                    map.Edges.Select(e => $"{e.Source} -> {e.Target}: {e.Frequency}").Order(StringComparer.Ordinal));
                Assert.Equal(Counts(want, "start_activities"), map.StartActivities.ToDictionary(a => a.Key, a => (long)a.Value));
                Assert.Equal(Counts(want, "end_activities"), map.EndActivities.ToDictionary(a => a.Key, a => (long)a.Value));
            }
        }
    }

    [Fact]
    public void Flattening_on_an_unknown_type_names_the_types_there_are()
    {
        using var dir = new TempDir();
        var file = Write(dir, "log.jsonocel", Minimal());

        var e = Assert.Throws<InputException>(() => LogSources.Load(file, new LogSourceOptions { ObjectType = "Ticket" }, new LogQuery()));

        Assert.Contains("no objects of type 'Ticket'", e.Problem, StringComparison.Ordinal);
        Assert.Contains("'Invoice'", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_json_names_the_line_and_leaves_no_workspace()
    {
        using var dir = new TempDir();
        var file = Write(dir, "bad.jsonocel", "{\n  \"objectTypes\": [],\n  \"events\": [ {\"id\": \"e1\",, } ]\n}\n");

        var e = Assert.Throws<InputException>(() => ImportRun.Run(dir.File("ws"), new ImportRequest { Path = file }));

        Assert.Equal(3, e.Line);
        Assert.Contains("not valid JSON", e.Problem, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dir.File("ws")));
    }

    [Fact]
    public void A_missing_required_field_names_the_event()
    {
        using var dir = new TempDir();
        var file = Write(dir, "log.jsonocel", Minimal().Replace("\"time\": \"2024-01-01T08:00:00Z\", ", "", StringComparison.Ordinal));

        var e = Assert.Throws<InputException>(() => ImportRun.Run(dir.File("ws"), new ImportRequest { Path = file }));

        Assert.Contains("events[0] (event 'e1'): required field 'time' is missing", e.Problem, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dir.File("ws")));
    }

    [Fact]
    public void A_relation_to_an_unknown_object_is_refused_and_an_existing_workspace_keeps_what_it_had()
    {
        using var dir = new TempDir();
        var good = Write(dir, "good.jsonocel", Minimal());
        ImportRun.Run(dir.File("ws"), new ImportRequest { Path = good });
        var bad = Write(dir, "bad.jsonocel", Minimal().Replace("\"e1\"", "\"e9\"", StringComparison.Ordinal).Replace("\"objectId\": \"I1\"", "\"objectId\": \"I7\"", StringComparison.Ordinal));

        var e = Assert.Throws<InputException>(() => ImportRun.Run(dir.File("ws"), new ImportRequest { Path = bad }));

        Assert.Contains("event 'e9' is related to object 'I7', which the log does not define", e.Problem, StringComparison.Ordinal);
        using var ws = Workspace.OpenReadOnly(dir.File("ws"));
        Assert.Equal(1, ws.Events.Count());
        Assert.Single(ws.Objects.ReadObjectLog().Objects);
    }

    [Fact]
    public void The_same_objects_twice_in_one_workspace_are_refused_with_nothing_stored()
    {
        using var dir = new TempDir();
        var first = Write(dir, "first.jsonocel", Minimal());
        ImportRun.Run(dir.File("ws"), new ImportRequest { Path = first });
        var second = Write(dir, "second.jsonocel", Minimal().Replace("\"e1\"", "\"e2\"", StringComparison.Ordinal));

        var e = Assert.Throws<InputException>(() => ImportRun.Run(dir.File("ws"), new ImportRequest { Path = second }));

        Assert.Contains("object 'I1' is already in the workspace", e.Problem, StringComparison.Ordinal);
        using var ws = Workspace.OpenReadOnly(dir.File("ws"));
        Assert.Equal(1, ws.Events.Count());
    }

    private static string Minimal() => """
        {
          "objectTypes": [ { "name": "Invoice", "attributes": [ { "name": "amount", "type": "float" } ] } ],
          "eventTypes": [ { "name": "Post invoice", "attributes": [] } ],
          "objects": [ { "id": "I1", "type": "Invoice", "attributes": [ { "name": "amount", "time": "1970-01-01T00:00:00Z", "value": 12.5 } ] } ],
          "events": [ { "id": "e1", "type": "Post invoice", "time": "2024-01-01T08:00:00Z", "relationships": [ { "objectId": "I1", "qualifier": "posted" } ] } ]
        }
        """;

    private static string Write(TempDir dir, string name, string text)
    {
        var path = dir.File(name);
        File.WriteAllText(path, text);
        return path;
    }

    private static Dictionary<string, long> Counts(JsonElement parent, string property) =>
        parent.GetProperty(property).EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt64());

    private static Dictionary<string, long> Tally(IEnumerable<string> values) =>
        values.GroupBy(v => v).ToDictionary(g => g.Key, g => (long)g.Count());

    private static IEnumerable<string> Names(JsonElement parent, string property) =>
        parent.GetProperty(property).EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal);
}
