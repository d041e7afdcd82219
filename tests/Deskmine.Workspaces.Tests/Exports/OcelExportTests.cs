using Deskmine.Core.Logs;
using Deskmine.Storage.Formats.Ocel;
using Deskmine.Storage.Workspaces;
using Deskmine.Workspaces.Exports;
using Deskmine.Workspaces.Imports;
using Deskmine.Workspaces.Tests.Support;

namespace Deskmine.Workspaces.Tests.Exports;

public sealed class OcelExportTests(SimulatedWorkspace simulated) : IClassFixture<SimulatedWorkspace>
{
    [SkippableTheory]
    [InlineData("ocel20_example.jsonocel", "back.jsonocel")]
    [InlineData("ocel20_example.xmlocel", "back.sqlite")]
    [InlineData("ocel20_example.sqlite", "back.jsonocel")]
    [InlineData("ocel20_example.sqlite", "back.sqlite")]
    [InlineData("ocel20_example.jsonocel", "back.xmlocel")]
    [InlineData("ocel20_example.xmlocel", "back.xmlocel")]
    [InlineData("ocel20_example.sqlite", "back.xmlocel")]
    public void An_imported_ocel_log_round_trips_with_every_count(string source, string target)
    {
        Skip.If(OcelReference.Folder is null, OcelReference.MissingReason);
        using var dir = new TempDir();
        ImportRun.Run(dir.File("ws"), new ImportRequest { Path = OcelReference.Path(source) });
        var path = dir.File(target);
        OcelLog before;
        using (var ws = Workspace.OpenReadOnly(dir.File("ws")))
        {
            before = ws.Objects.ReadObjectLog();
            Assert.Equal(13, ExportRun.Run(ws, ExportRun.FormatFor(null, path), path));
        }

        ImportRun.Run(dir.File("back"), new ImportRequest { Path = path });

        using var back = Workspace.OpenReadOnly(dir.File("back"));
        var after = back.Objects.ReadObjectLog();
        Assert.Equal(Summary(before), Summary(after));
        Assert.Equal(before.Events.Select(e => (e.Id, e.Type, e.Time)), after.Events.Select(e => (e.Id, e.Type, e.Time)));
        Assert.Equal(before.Changes.Select(c => (c.ObjectId, c.Time, c.Attribute, c.Value)).Order(), after.Changes.Select(c => (c.ObjectId, c.Time, c.Attribute, c.Value)).Order());
        Assert.Equal(before.Objects.SelectMany(o => o.Attributes.Select(a => $"{o.Id}.{a.Key}={a.Value}")).Order(), after.Objects.SelectMany(o => o.Attributes.Select(a => $"{o.Id}.{a.Key}={a.Value}")).Order());
    }

    [Theory]
    [InlineData("mined.jsonocel")]
    [InlineData("mined.sqlite")]
    [InlineData("mined.xmlocel")]
    public void A_mined_workspace_exports_its_task_instances_and_business_objects(string name)
    {
        using var dir = new TempDir();
        var path = dir.File(name);
        var recognition = simulated.Recognition!.Recognition;
        long written;
        using (var ws = simulated.OpenReadOnly())
            written = ExportRun.Run(ws, ExportFormat.Ocel, path);

        ImportRun.Run(dir.File("back"), new ImportRequest { Path = path });

        using var back = Workspace.OpenReadOnly(dir.File("back"));
        var log = back.Objects.ReadObjectLog();
        Assert.Equal(simulated.EventCount, written);
        Assert.Equal(written, log.Events.Count);
        var segments = recognition.Segments.Count;
        var businessObjects = recognition.Segments.Select(s => s.CaseId).OfType<string>().Distinct().Count();
        Assert.True(businessObjects > 0);
        Assert.Equal(segments, log.Objects.Count(o => o.Type == MinedObjects.TaskInstanceType));
        Assert.Equal(businessObjects, log.Objects.Count(o => o.Type != MinedObjects.TaskInstanceType));
        Assert.Equal(recognition.Segments.Sum(s => s.EventCount), log.EventObjects.Count(r => r.Qualifier == "step of"));
        Assert.Equal(recognition.Segments.Count(s => s.CaseId is not null), log.ObjectObjects.Count);
        var flattened = back.Objects.ReadFlattened(MinedObjects.TaskInstanceType, new LogQuery());
        Assert.Equal(segments, flattened.CaseCount);
    }

    [Fact]
    public void The_xml_encoding_keeps_markup_in_values_and_writes_characters_xml_cannot_carry_as_replacement()
    {
        using var dir = new TempDir();
        var log = new OcelLog
        {
            EventTypes = [new OcelType("Pay <now>", [new OcelAttribute("note", "string")])],
            ObjectTypes = [new OcelType("Invoice", [new OcelAttribute("amount", "float")])],
            Objects = [new OcelObject("i&1", "Invoice", [new("amount", "12.5")])],
            Changes = [new OcelChange("i&1", 1_700_000_000_000_000, "amount", "13")],
            Events = [new OcelEvent("e\"1", "Pay <now>", 1_700_000_060_000_000, [new("note", "a</attribute>b\u0001c\tend 😀")])],
            EventObjects = [new OcelRelation("e\"1", "i&1", "pays")],
            ObjectObjects = [],
        };
        var path = dir.File("log.xmlocel");

        Assert.Equal(1, OcelWriters.Write(log, path));
        ImportRun.Run(dir.File("ws"), new ImportRequest { Path = path });

        using var ws = Workspace.OpenReadOnly(dir.File("ws"));
        var back = ws.Objects.ReadObjectLog();
        var e = Assert.Single(back.Events);
        Assert.Equal(("e\"1", "Pay <now>", 1_700_000_060_000_000L), (e.Id, e.Type, e.Time));
        Assert.Equal("a</attribute>b\uFFFDc\tend 😀", Assert.Single(e.Attributes).Value);
        Assert.Equal(("i&1", "amount", "13"), (back.Changes[0].ObjectId, back.Changes[0].Attribute, back.Changes[0].Value));
        Assert.Equal("pays", Assert.Single(back.EventObjects).Qualifier);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<log>", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public void A_workspace_without_objects_or_recognition_says_what_to_do()
    {
        using var dir = new TempDir();
        var csv = dir.File("log.csv");
        File.WriteAllText(csv, "case_id,activity,timestamp\n1,a,2024-01-01 08:00:00\n");
        ImportRun.Run(dir.File("ws"), new ImportRequest { Path = csv });
        using var ws = Workspace.OpenReadOnly(dir.File("ws"));

        var e = Assert.Throws<InvalidRequestException>(() => ExportRun.Run(ws, ExportFormat.Ocel, dir.File("out.jsonocel")));

        Assert.Contains("deskmine mine", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Post incoming invoice in SAP MIRO", "Incoming invoice")]
    [InlineData("Submit record in Chrome", "Record")]
    [InlineData("Invoice entry", MinedObjects.BusinessObjectType)]
    [InlineData(null, MinedObjects.BusinessObjectType)]
    public void The_business_object_type_is_the_object_the_task_name_speaks_of(string? taskName, string type) =>
        Assert.Equal(type, MinedObjects.ObjectTypeOf(taskName));

    private static string Summary(OcelLog log) => string.Join("; ",
        $"events {log.Events.Count}", $"objects {log.Objects.Count}", $"e2o {log.EventObjects.Count}", $"o2o {log.ObjectObjects.Count}",
        $"changes {log.Changes.Count}",
        string.Join(",", log.Objects.GroupBy(o => o.Type).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}={g.Count()}")),
        string.Join(",", log.EventObjects.Select(r => $"{r.SourceId}>{r.TargetId}:{r.Qualifier}").Order(StringComparer.Ordinal)),
        string.Join(",", log.ObjectObjects.Select(r => $"{r.SourceId}>{r.TargetId}:{r.Qualifier}").Order(StringComparer.Ordinal)));
}
