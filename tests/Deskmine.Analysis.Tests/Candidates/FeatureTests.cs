using Deskmine.Analysis.Candidates;
using Deskmine.Analysis.Results;
using Deskmine.Analysis.Tests.TimeStudy;
using Deskmine.Analysis.Transfers;
using Deskmine.Analysis.Work;
using Deskmine.Core.Events;

namespace Deskmine.Analysis.Tests.Candidates;

/// <summary>Each measured feature on small hand-made logs, read through the facade.</summary>
public sealed class FeatureTests
{
    private static readonly string[] Users = ["u01", "u02", "u03", "u04"];

    private static Candidate TaskType(WorkLog log, int type = 0, DataTransferReport? transfers = null) =>
        AutomationAnalysis.Analyze(log, transfers ?? new DataTransferReport([], []))
            .Candidates.Single(c => c.Kind == CandidateKind.TaskType && c.TaskType == type);

    [Fact]
    public void The_same_steps_every_time_have_no_entropy_and_a_certain_next_step()
    {
        var log = Some.Log([.. SomeWork.Many(20, 0, 0, Users, "Open", "Enter", "Post")]);

        var c = TaskType(log);

        Assert.Equal(0, c.Features[Features.VariantEntropy]);
        Assert.Equal(1, c.Features[Features.Determinism]);
        Assert.Equal(0, c.Features[Features.ExceptionRate]);
        Assert.Equal(1, c.Features[Features.UiStability]);
        Assert.Equal(4, c.People);
    }

    [Fact]
    public void Varying_steps_raise_entropy_and_lower_determinism()
    {
        var log = Some.Log(
        [
            .. SomeWork.Many(10, 0, 0, Users, "Open", "Enter", "Post"),
            .. SomeWork.Many(10, 0, 10_000, Users, "Open", "Check", "Post"),
            SomeWork.Instance("u01", 0, 20_000, "Open", "Call", "Post"),
        ]);

        var c = TaskType(log);

        Assert.InRange(c.Features[Features.VariantEntropy], 0.2, 0.5);
        // After Open: Enter 10, Check 10, Call 1 → 10/21; Enter, Check, Call → Post always.
        Assert.Equal((10.0 + 21) / (21 + 21), c.Features[Features.Determinism], 9);
        Assert.Equal(1.0 / 21, c.Features[Features.ExceptionRate], 9);
    }

    [Fact]
    public void Frequency_people_and_hours_grow_towards_one_as_x_over_x_plus_half()
    {
        var log = Some.Log([.. SomeWork.Many(20, 0, 0, Users, "Open", "Enter", "Post")]);

        var c = TaskType(log);

        // 20 instances on 1 day = 100 per 5-day week; half point 100 per week.
        Assert.Equal(0.5, c.Features[Features.Frequency], 9);
        Assert.Equal(4.0 / (4 + 5), c.Features[Features.People], 9);
    }

    [Fact]
    public void Select_all_and_retype_is_rework_and_returning_to_a_window_is_not()
    {
        var rework = ("u01", (string?)"A", 0, new[]
        {
            (Some.Event(0, target: "Amount"), "Enter"),
            (Some.Event(2, EventKinds.KeyShortcut, attrs: new Dictionary<string, string> { ["key"] = "ctrl+a" }), "Enter"),
            (Some.Event(3, EventKinds.TextInput, target: "Amount"), "Enter"),
        });
        var back = ("u02", (string?)"A", 0, new[]
        {
            (Some.Event(100, EventKinds.AppSwitch), "Go to ERP"),
            (Some.Event(110, target: "Post"), "Post"),
            (Some.Event(120, EventKinds.AppSwitch), "Go to ERP"),
        });

        var c = TaskType(Some.Log(rework, back));

        Assert.Equal(0.5, c.Features[Features.ReworkRate], 9);
    }

    [Fact]
    public void Pdf_reading_counts_as_unstructured_input()
    {
        var log = Some.Log(("u01", "A", 0,
        [
            (Some.Event(0, EventKinds.FileOpen, app: "AcroRd32.exe", window: "Invoice_1.pdf - Adobe Acrobat Reader"), "Open PDF"),
            (Some.Event(10, app: "erp.exe", target: "Post"), "Post"),
        ]));

        Assert.Equal(0.5, TaskType(log).Features[Features.UnstructuredInput], 9);
    }

    [Fact]
    public void Transfer_share_comes_from_the_data_transfer_report()
    {
        var log = Some.Log([.. SomeWork.Many(3, 0, 0, Users, "Open", "Enter", "Post")]);
        var transfers = new DataTransferReport([new DataTransfer(0, "pdf", "Amount", "erp", "Amount", 3, DataTransferMatch.Hash, null)], [0.1]);

        var c = TaskType(log, transfers: transfers);

        Assert.Equal(0.5, c.Features[Features.DataTransfer], 9);
        Assert.Equal("Amount", Assert.Single(c.DataTransfers).ToField);
    }

    [Fact]
    public void A_value_typed_again_in_the_same_application_is_retyping()
    {
        var log = Some.Log(("u01", "A", 0,
        [
            (Some.Event(0, EventKinds.TextInput, app: "erp.exe", valueHash: "h1"), "Enter"),
            (Some.Event(10, EventKinds.TextInput, app: "sheet.exe", valueHash: "h1"), "Track"),
            (Some.Event(20, EventKinds.TextInput, app: "sheet.exe", valueHash: "h1"), "Track again"),
        ]));

        // The second typing carries the value to another application (a transfer); the third re-types it.
        Assert.Equal(1.0 / 3, TaskType(log).Features[Features.Retyping], 9);
    }

    [Fact]
    public void A_case_worked_on_by_two_people_is_a_handoff()
    {
        var log = Some.Log(
            SomeWork.Instance("u01", 0, 0, "Request", "Submit", "Done"),
            SomeWork.Instance("u02", 0, 300, "Review", "Approve", "Done"),
            SomeWork.Instance("u02", 0, 600, "Request", "Submit", "Done"));
        var withCases = new WorkLog
        {
            Events = log.Events, InstanceOfEvent = log.InstanceOfEvent, StepOfEvent = log.StepOfEvent, TaskTypes = log.TaskTypes,
            Instances = [log.Instances[0] with { CaseId = "c1" }, log.Instances[1] with { CaseId = "c1" }, log.Instances[2] with { CaseId = "c2" }],
        };

        Assert.Equal(2.0 / 3, TaskType(withCases).Features[Features.Handoff], 9);
    }
}
