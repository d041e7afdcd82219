using Deskmine.Core.Errors;
using Deskmine.Core.Events;
using Deskmine.Mining.Evaluation;
using Deskmine.Mining.Recognition;
using Deskmine.Mining.Tests.Support;

namespace Deskmine.Mining.Tests.Recognition;

public sealed class ObjectIdAndUserTests
{
    [Fact]
    public void Clipboard_rows_without_a_user_join_the_previous_users_stream()
    {
        var events = new List<UiEvent>
        {
            SomeStreams.Event("vleno", 0, EventKinds.Click, "Excel", "A2", value: "John"),
            SomeStreams.Event("", 0.5, EventKinds.Copy, "OS-Clipboard", "", value: "John"),
            SomeStreams.Event("vleno", 2, EventKinds.Paste, "Chrome", "Name", value: "John"),
        };
        var result = TaskRecognizer.Recognize(events);
        Assert.All(result.Segments, s => Assert.Equal("vleno", s.User));
        Assert.Single(result.SegmentOfEvent.Distinct());
    }

    [Fact]
    public void Invoices_sharing_a_vendor_name_are_still_separate_instances_and_spreadsheet_rows_do_not_cut_them()
    {
        // Each invoice: mail with its number, PDF with its number, ERP entry without it, a tracking-sheet row, back to
        // the mail. Two vendors alternate, so the vendor name recurs across invoices.
        var events = new List<UiEvent>();
        var t = 0.0;
        for (var i = 0; i < 12; i++)
        {
            var number = (104700 + i).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var vendor = i % 2 == 0 ? "Schmidt KG" : "Rossi SpA";
            events.Add(SomeStreams.Event("u", t += 30, EventKinds.Click, "Outlook", $"Invoice {number} from {vendor}", "Inbox - Outlook"));
            events.Add(SomeStreams.Event("u", t += 2, EventKinds.AppSwitch, "Outlook", "", $"Invoice {number} - {vendor} - Outlook"));
            events.Add(SomeStreams.Event("u", t += 2, EventKinds.AppSwitch, "Acrobat", "", $"Invoice {number} from {vendor} - Acrobat"));
            events.Add(SomeStreams.Event("u", t += 2, EventKinds.Click, "SAP", "Amount", "MIRO Enter Incoming Invoice"));
            events.Add(SomeStreams.Event("u", t += 2, EventKinds.Click, "SAP", "Post", "MIRO Enter Incoming Invoice"));
            events.Add(SomeStreams.Event("u", t += 2, EventKinds.Click, "Excel", $"A{i + 2}", "Tracking.xlsx - Excel"));
            events.Add(SomeStreams.Event("u", t += 2, EventKinds.Click, "Excel", $"B{i + 2}", "Tracking.xlsx - Excel"));
            events.Add(SomeStreams.Event("u", t += 2, EventKinds.AppSwitch, "Outlook", "", $"Invoice {number} - {vendor} - Outlook"));
        }
        var result = TaskRecognizer.Recognize(events);
        Assert.Equal(12, result.Segments.Count);
        Assert.Equal(Enumerable.Range(0, events.Count).Select(i => i / 8), result.SegmentOfEvent);
        Assert.Equal("104700", result.Segments[0].CaseId);
    }

    [Fact]
    public void Reference_truth_is_matched_by_timestamp_preferring_the_same_event_type()
    {
        UiEvent E(double s, string type, string? caseId = null) => SomeStreams.Event("u", s, EventKinds.Click, "App", "x") with
        {
            Attrs = caseId is null ? new Dictionary<string, string> { ["eventType"] = type } : new Dictionary<string, string> { ["eventType"] = type, ["caseID"] = caseId },
        };
        var raw = new[] { E(1, "getCell"), E(1, "copy"), E(2, "paste"), E(3, "clickTextField") };
        var reference = new[] { E(1, "copy", "0"), E(2, "paste", "0") };
        Assert.Equal(new string?[] { null, "0", "0", null }, TruthMatcher.ByTimestamp(raw, reference));
    }

    [Fact]
    public void Rules_round_trip_as_json_and_bad_json_names_the_source()
    {
        var rules = new[] { new TaskTypeRule(TaskTypeRuleKind.Merge, ["a", "b"], "Tickets"), new TaskTypeRule(TaskTypeRuleKind.Split, ["Tickets"], "Escalations", "Escalate") };
        var json = TaskTypeRuleJson.Serialize(rules);
        Assert.Contains("\"merge\"", json, StringComparison.Ordinal);
        Assert.Equal(rules.Select(r => (r.Kind, r.Name, r.WhenActionContains)), TaskTypeRuleJson.Parse(json, "rules.json").Select(r => (r.Kind, r.Name, r.WhenActionContains)));
        var e = Assert.Throws<InputException>(() => TaskTypeRuleJson.Parse("[{\"kind\":\"rename\"", "rules.json"));
        Assert.Contains("rules.json", e.Message, StringComparison.Ordinal);
        Assert.Throws<InputException>(() => TaskTypeRuleJson.Parse("[{\"kind\":\"split\",\"types\":[\"a\"],\"name\":\"b\"}]", "rules.json"));
    }
}
