using Deskmine.Core.Events;
using Deskmine.Mining.Recognition;
using Deskmine.Mining.Tests.Support;

namespace Deskmine.Mining.Tests.Recognition;

public sealed class TaskRecognizerTests
{
    [Fact]
    public void Invoice_items_become_one_segment_each_with_the_invoice_number_as_case()
    {
        var events = SomeStreams.InvoiceStream("u1", 10);
        var result = TaskRecognizer.Recognize(events);
        Assert.Equal(10, result.Segments.Count);
        Assert.Equal(Enumerable.Range(0, 50).Select(i => i / 5), result.SegmentOfEvent);
        Assert.Equal("4711", result.Segments[0].CaseId);
        Assert.Single(result.TaskTypes);
        Assert.Equal(["Outlook", "Acrobat", "ERP"], result.TaskTypes[0].Applications);
        Assert.Equal("Post invoice in ERP", result.TaskTypes[0].Name);
    }

    [Fact]
    public void A_chat_interruption_with_a_return_to_the_same_invoice_does_not_cut_the_task()
    {
        var events = SomeStreams.InvoiceStream("u1", 6);
        // Chat in the middle of item 3 (between its paste and post), then back to the same document.
        var t = (events[13].Ts!.Value / 1e6) - (events[0].Ts!.Value / 1e6);
        var chat = new[]
        {
            SomeStreams.Event("u1", t + 0.5, EventKinds.Click, "Teams", "Chat"),
            SomeStreams.Event("u1", t + 1.0, EventKinds.TextInput, "Teams", "Message"),
        };
        var all = events.Take(14).Concat(chat).Concat(events.Skip(14)).ToList();
        var result = TaskRecognizer.Recognize(all);
        Assert.Equal(6, result.Segments.Count);
        Assert.Equal(result.SegmentOfEvent[10], result.SegmentOfEvent[16]);
    }

    [Fact]
    public void Selection_before_a_copy_of_the_same_value_is_folded_into_the_copy()
    {
        var events = new List<UiEvent>
        {
            SomeStreams.Event("u", 0, EventKinds.Click, "Excel", "A2", value: "John"),
            SomeStreams.Event("u", 0.5, EventKinds.Copy, "OS-Clipboard", "", value: "John"),
            SomeStreams.Event("u", 2, EventKinds.Paste, "Chrome", "Name", value: "John"),
        };
        var result = TaskRecognizer.Recognize(events);
        Assert.True(result.RedundantEvent[0]);
        Assert.Equal(result.ActionLabelOfEvent[0], result.ActionLabelOfEvent[1]);
        Assert.Contains("Excel", result.ActionLabelOfEvent[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Labelling_rules_rename_and_persist_as_data()
    {
        var events = SomeStreams.InvoiceStream("u1", 8);
        var first = TaskRecognizer.Recognize(events);
        var rules = new[] { new TaskTypeRule(TaskTypeRuleKind.Rename, [first.TaskTypes[0].Key], "Invoice entry") };
        var json = System.Text.Json.JsonSerializer.Serialize(rules);
        var restored = System.Text.Json.JsonSerializer.Deserialize<TaskTypeRule[]>(json)!;
        var again = TaskRecognizer.Recognize(SomeStreams.InvoiceStream("u2", 8), rules: restored);
        Assert.Equal("Invoice entry", again.TaskTypes[0].Name);
    }

    [Fact]
    public void Split_rule_moves_segments_with_an_action_into_a_new_type()
    {
        var events = SomeStreams.InvoiceStream("u1", 8);
        var key = TaskRecognizer.Recognize(events).TaskTypes[0].Key;
        var rules = new[] { new TaskTypeRule(TaskTypeRuleKind.Split, [key], "Posted", "Post invoice") };
        var result = TaskRecognizer.Recognize(events, rules: rules);
        Assert.Equal("Posted", Assert.Single(result.TaskTypes).Name);
    }

    [Fact]
    public void Invalid_options_are_rejected()
    {
        var options = RecognitionOptions.Default with { StartPauseRatio = 0.5 };
        Assert.Throws<ArgumentOutOfRangeException>(() => TaskRecognizer.Recognize([], options));
    }
}
