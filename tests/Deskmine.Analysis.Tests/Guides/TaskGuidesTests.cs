using System.Text.Json;
using Deskmine.Analysis.Guides;
using Deskmine.Analysis.Transfers;
using Deskmine.Core.Errors;
using Deskmine.Core.Events;

namespace Deskmine.Analysis.Tests.Guides;

public sealed class TaskGuidesTests
{
    [Fact]
    public void Main_variant_is_the_most_frequent_sequence_with_repeated_steps_collapsed()
    {
        var log = Some.Log(
            Instance("u01", 0, "open", "fill", "fill", "save"),
            Instance("u02", 1000, "open", "fill", "save"),
            Instance("u03", 2000, "open", "fill", "save"),
            Instance("u04", 3000, "open", "check", "fill", "save"),
            Instance("u05", 4000, "open", "check", "fill", "save"));

        var guide = TaskGuides.Build(log, 0);

        Assert.Equal(["open", "fill", "save"], guide.Steps.Select(s => s.StepName));
        Assert.Equal([1, 2, 3], guide.Steps.Select(s => s.Number));
        Assert.Equal(3, guide.Summary.MainVariantInstances);
        Assert.Equal(2, guide.Summary.Variants);
        Assert.Equal(5, guide.Summary.Instances);
        Assert.Equal(5, guide.Summary.People);
    }

    [Fact]
    public void Ties_between_variants_go_to_the_shorter_one()
    {
        var log = Some.Log(
            Instance("u01", 0, "open", "check", "save"),
            Instance("u02", 1000, "open", "check", "save"),
            Instance("u03", 2000, "open", "save"),
            Instance("u04", 3000, "open", "save"));

        Assert.Equal(["open", "save"], TaskGuides.Build(log, 0).Steps.Select(s => s.StepName));
    }

    [Fact]
    public void Exceptions_name_extra_and_missing_steps_with_how_often()
    {
        var log = Some.Log(
            Instance("u01", 0, "open", "fill", "save"),
            Instance("u02", 1000, "open", "fill", "save"),
            Instance("u03", 2000, "open", "fill", "save"),
            Instance("u04", 3000, "open", "save"),
            Instance("u05", 4000, "open", "save"),
            Instance("u06", 5000, "open", "fill", "call", "save"),
            Instance("u07", 6000, "open", "fill", "call", "save"),
            Instance("u08", 7000, "open", "fill", "mail", "save"));

        var guide = TaskGuides.Build(log, 0);

        Assert.Equal(2, guide.Exceptions.Count);
        var missing = Assert.Single(guide.Exceptions, e => e.Kind == GuideExceptionKind.MissingStep);
        Assert.Equal("fill", missing.Step.StepName);
        Assert.Equal(2, missing.Step.Number);
        Assert.Equal(2, missing.Instances);
        Assert.Equal(2 / 8.0, missing.Share, 6);
        var extra = Assert.Single(guide.Exceptions, e => e.Kind == GuideExceptionKind.ExtraStep);
        Assert.Equal("call", extra.Step.StepName);
        Assert.Equal(2, extra.AfterStep);
        Assert.Equal(2, extra.Instances);
        // "mail" happened once: below MinExceptionInstances, it is noise for a procedure.
        Assert.DoesNotContain(guide.Exceptions, e => e.Step.StepName == "mail");
        Assert.Contains(TaskGuides.Build(log, 0, options: new GuideOptions { MinExceptionInstances = 1 }).Exceptions, e => e.Step.StepName == "mail");
    }

    [Fact]
    public void Step_time_is_the_median_handling_time_of_its_occurrences()
    {
        var log = Some.Log(
            ("u01", "A", 0, [(Some.Event(0), "open"), (Some.Event(10), "fill"), (Some.Event(12), "save")]),
            ("u02", "A", 0, [(Some.Event(100), "open"), (Some.Event(120), "fill"), (Some.Event(126), "save")]),
            ("u03", "A", 0, [(Some.Event(200), "open"), (Some.Event(230), "fill"), (Some.Event(231), "save")]));

        var guide = TaskGuides.Build(log, 0);

        Assert.Equal(20_000_000, guide.Steps[1].MedianHandlingMicros);
        Assert.Equal(2_000_000, guide.Steps[2].MedianHandlingMicros);
        Assert.Equal(26_000_000, guide.Summary.MedianHandlingMicros);
    }

    [Fact]
    public void Steps_say_the_action_in_words_with_application_screen_element_and_data_moved()
    {
        var log = Some.Log([.. Enumerable.Range(0, 3).Select(n => Invoice($"u0{n}", n * 1000, "DE89370400440532013000", "RE-4711"))]);
        var transfers = new DataTransferReport([new DataTransfer(0, "Acrobat", "IBAN", "SAP", "IBAN", 3, DataTransferMatch.Hash, null)], [0.5]);

        var guide = TaskGuides.Build(log, 0, transfers);

        Assert.Equal(["Copy 'IBAN' from Acrobat", "Paste into 'IBAN'", "Type into 'Reference'", "Click 'Post'"], guide.Steps.Select(s => s.Description));
        var copy = guide.Steps[0];
        Assert.Equal("Acrobat", copy.Application);
        Assert.Equal("Invoice <num>.pdf", copy.Screen);
        Assert.Equal(GuideAction.Copy, copy.Action);
        Assert.Equal(new GuideDataFlow(GuideFlowDirection.Out, "SAP", "IBAN", 3, null), Assert.Single(copy.Data));
        var paste = guide.Steps[1];
        Assert.Equal(new GuideDataFlow(GuideFlowDirection.In, "Acrobat", "IBAN", 3, null), Assert.Single(paste.Data));
        Assert.Equal("textbox", paste.Element.Role);
        Assert.Equal("<Reference>", guide.Steps[2].Input);
        Assert.Null(guide.Steps[3].Input);
        var sap = guide.Systems.Single(s => s.Application == "SAP");
        Assert.Equal(["IBAN", "Reference"], sap.Fields.Order(StringComparer.Ordinal));
        Assert.Equal(["Post"], sap.Controls);
        Assert.Equal(["Acrobat", "SAP"], guide.Systems.Select(s => s.Application));
    }

    [Fact]
    public void Typed_and_copied_values_appear_only_as_placeholders()
    {
        string[] secrets = ["DE89370400440532013000", "RE-4711", "Jane Doe"];
        var log = Some.Log(
            Invoice("u01", 0, secrets[0], secrets[1]),
            Invoice("u02", 1000, secrets[0], secrets[2]),
            Invoice("u03", 2000, secrets[0], secrets[1]));

        var json = JsonSerializer.Serialize(TaskGuides.BuildAll(log));

        Assert.All(secrets, s => Assert.DoesNotContain(s, json, StringComparison.Ordinal));
        Assert.Contains("\\u003CReference\\u003E", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Elements_that_differ_only_in_digits_read_as_a_template()
    {
        var log = Some.Log([.. Enumerable.Range(0, 3).Select(n => ("u01", (string?)"A", 0,
            new[] { (Some.Event(n * 100, EventKinds.Click, app: "Excel", window: "Sheet1") with { TargetId = $"A{n + 2}" }, "cell") }))]);

        Assert.Equal("A<n>", TaskGuides.Build(log, 0).Steps[0].Element.Id);
    }

    [Fact]
    public void Out_of_range_options_are_rejected()
    {
        var log = Some.Log(Instance("u01", 0, "open"));

        Assert.Throws<InputException>(() => TaskGuides.Build(log, 0, options: new GuideOptions { MinExceptionInstances = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => TaskGuides.Build(log, 1));
    }

    private static (string, string?, int, (UiEvent, string)[]) Instance(string user, double start, params string[] steps) =>
        (user, "A", 0, [.. steps.Select((s, i) => (Some.Event(start + i * 5, target: s), s))]);

    private static (string, string?, int, (UiEvent, string)[]) Invoice(string user, double t, string iban, string reference) =>
        (user, "A", 0,
        [
            (Some.Event(t, EventKinds.Click, app: "Acrobat", target: "IBAN", window: "Invoice <num>.pdf"), "select iban"),
            (Some.Event(t + 1, EventKinds.Copy, app: "Acrobat", window: "Invoice <num>.pdf", value: iban), "select iban"),
            (Some.Event(t + 4, EventKinds.Paste, app: "SAP", target: "IBAN", role: "textbox", window: "Vendor <num> – SAP", value: iban), "paste iban"),
            (Some.Event(t + 9, EventKinds.TextInput, app: "SAP", target: "Reference", role: "textbox", window: "Vendor <num> – SAP", value: reference), "type reference"),
            (Some.Event(t + 12, EventKinds.Click, app: "SAP", target: "Post", role: "push button", window: "Vendor <num> – SAP"), "post"),
        ]);
}
