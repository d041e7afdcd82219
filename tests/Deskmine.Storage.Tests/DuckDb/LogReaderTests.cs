using Deskmine.Core.Errors;
using Deskmine.Core.Events;
using Deskmine.Core.Logs;
using Deskmine.Storage.Workspaces;

namespace Deskmine.Storage.Tests.DuckDb;

public sealed class LogReaderTests : IDisposable
{
    private readonly TempWorkspace _temp = new();
    private readonly Workspace _ws;

    public LogReaderTests() => _ws = Workspace.Open(_temp.Path);

    public void Dispose()
    {
        _ws.Dispose();
        _temp.Dispose();
    }

    [Fact]
    public void Events_are_grouped_by_case_in_order_of_appearance_and_sorted_by_time_then_file_order()
    {
        _ws.Events.Append(
        [
            Some.ImportedEvent("b", "B2", 20, row: 0),
            Some.ImportedEvent("a", "A3", 30, row: 1),
            Some.ImportedEvent("b", "B1", 10, row: 2),
            Some.ImportedEvent("a", "A1", 10, row: 3),
            Some.ImportedEvent("a", "A2", 10, row: 4),
            Some.ImportedEvent("b", "B0", null, row: 5),
        ]);

        var log = _ws.Events.ReadLog(new LogQuery { CaseNotion = CaseNotions.Imported, Attributes = [] });

        Assert.Equal(["b", "a"], log.CaseIds);
        Assert.Equal([0, 3, 6], log.CaseStarts);
        Assert.Equal(["B0", "B1", "B2", "A1", "A2", "A3"], log.Activities.Select(a => log.ActivityNames[a]));
        Assert.Equal([5L, 2, 0, 3, 4, 1], log.EventRefs);
        Assert.Equal([EventLog.NoTimestamp, 10, 20, 10, 10, 30], log.Timestamps);
        Assert.Equal(["B0", "B1", "B2", "A1", "A2", "A3"], log.ActivityNames);
    }

    [Fact]
    public void Events_without_a_case_are_left_out()
    {
        _ws.Events.Append([Some.ImportedEvent("a", "A", 1), Some.ImportedEvent("x", "B", 2) with { CaseId = null }]);

        var log = _ws.Events.ReadLog(new LogQuery { CaseNotion = CaseNotions.Imported });

        Assert.Equal(1, log.EventCount);
        Assert.Equal(["A"], log.ActivityNames);
    }

    [Fact]
    public void Desktop_events_use_app_kind_and_target_under_the_auto_classifier_and_session_as_case()
    {
        _ws.Events.Append(
        [
            Some.DesktopEvent("s1", 0, "calc", EventKinds.Click, "OK", 5),
            Some.DesktopEvent("s2", 0, "mail", EventKinds.Paste, null, 1),
            Some.DesktopEvent("s1", 1, "calc", EventKinds.TextInput, "B7", 6),
        ]);

        var log = _ws.Events.ReadLog(new LogQuery());

        Assert.Equal(["s1", "s2"], log.CaseIds);
        Assert.Equal(["calc | click | OK", "calc | text_input | B7", "mail | paste"], log.Activities.Select(a => log.ActivityNames[a]));
    }

    [Fact]
    public void The_truth_case_notion_joins_task_instances_and_drops_noise()
    {
        var events = new[]
        {
            Some.DesktopEvent("s1", 0, "calc", EventKinds.Click, "OK", 1),
            Some.DesktopEvent("s1", 1, "calc", EventKinds.Click, "Cancel", 2),
            Some.DesktopEvent("s1", 2, "mail", EventKinds.Click, "Send", 3),
        };
        _ws.Events.Append(events);
        _ws.Events.AppendTruth(
        [
            new TruthRecord(events[0].Id, "Invoice", "inv-1", "open"),
            new TruthRecord(events[1].Id, "", "", ""),
            new TruthRecord(events[2].Id, "Invoice", "inv-1", "send"),
        ]);

        var log = _ws.Events.ReadLog(new LogQuery { CaseNotion = CaseNotions.Truth, Classifier = ["target_name"] });

        Assert.Equal(["inv-1"], log.CaseIds);
        Assert.Equal(["OK", "Send"], log.Activities.Select(a => log.ActivityNames[a]));
        Assert.Equal([0L, 2], log.EventRefs);
    }

    [Fact]
    public void The_auto_case_notion_prefers_the_imported_case_then_truth_then_session()
    {
        var truthOnly = Some.DesktopEvent("s1", 0, "calc", EventKinds.Click, "OK", 2);
        _ws.Events.Append(
        [
            Some.ImportedEvent("c1", "A", 1) with { Session = "s1" },
            truthOnly,
            Some.DesktopEvent("s1", 1, "calc", EventKinds.Click, "Cancel", 3),
        ]);
        _ws.Events.AppendTruth([new TruthRecord(truthOnly.Id, "Invoice", "inv-9", "open")]);

        var log = _ws.Events.ReadLog(new LogQuery { CaseNotion = CaseNotions.Auto });

        Assert.Equal(3, log.EventCount);
        Assert.Equal(["c1", "inv-9", "s1"], log.CaseIds);
        Assert.Equal(["A", "calc | click | OK", "calc | click | Cancel"], log.Activities.Select(a => log.ActivityNames[a]));
    }

    [Fact]
    public void User_case_notion_with_field_and_attrs_classifier_and_attribute_columns()
    {
        _ws.Events.Append(
        [
            Some.DesktopEvent("s1", 0, "calc", EventKinds.Click, "OK", 1, user: "u2") with { Attrs = new Dictionary<string, string> { ["sheet"] = "Lines" }, Team = "AP" },
            Some.DesktopEvent("s1", 1, "calc", EventKinds.Click, "OK", 2, user: "u1"),
            Some.DesktopEvent("s1", 2, "calc", EventKinds.Click, "OK", 3, user: null),
        ]);

        var log = _ws.Events.ReadLog(new LogQuery { CaseNotion = CaseNotions.User, Classifier = ["app", "attrs.sheet"], Attributes = ["team", "attrs.sheet"] });

        Assert.Equal(["u1", "u2"], log.CaseIds);
        Assert.Equal(["calc", "calc | Lines"], log.Activities.Select(a => log.ActivityNames[a]));
        Assert.Equal([null, "AP"], Enumerable.Range(0, 2).Select(log.Attributes["team"].ValueAt));
        Assert.Equal([null, "Lines"], Enumerable.Range(0, 2).Select(log.Attributes["attrs.sheet"].ValueAt));
    }

    [Fact]
    public void Stored_activities_are_used_directly_and_only_the_ones_present_are_listed()
    {
        _ws.Events.Append([Some.ImportedEvent("a", "Unused", 1) with { CaseId = null }, Some.ImportedEvent("a", "Used", 2, user: "r1")]);

        var log = _ws.Events.ReadLog(new LogQuery { CaseNotion = CaseNotions.Imported, Classifier = ActivityClassifiers.Auto, Attributes = ["user"] });

        Assert.Equal(["Used"], log.ActivityNames);
        Assert.Equal(["r1"], log.Attributes["user"].Names);
    }

    [Theory]
    [InlineData("workflow", "auto")]
    [InlineData("case", "colour")]
    public void Unknown_case_notions_and_fields_are_input_errors(string notion, string field)
    {
        _ws.Events.Append([Some.ImportedEvent("a", "A", 1)]);
        var query = new LogQuery { CaseNotion = notion, Classifier = [field] };

        var error = Assert.Throws<InputException>(() => _ws.Events.ReadLog(query));

        Assert.Contains("expected", error.Problem, StringComparison.Ordinal);
    }
}
