using Deskmine.Analysis.Compliance;
using Deskmine.Analysis.Compliance.Reference;
using Deskmine.Core.Errors;

namespace Deskmine.Analysis.Tests.Compliance.Reference;

public sealed class ReferenceCheckTests
{
    private const string Open = "SAP – MIRO: open page";
    private const string Copy = "Excel – invoices: copy cell in column B";
    private const string Paste = "SAP – MIRO: paste into 'Reference'";
    private const string Type = "SAP – MIRO: type into 'Amount'";
    private const string Post = "SAP – MIRO: click 'Post'";

    private static readonly ReferenceVariant Procedure = new("Post an invoice", [Open, Copy, Paste, Type, Post], ["saplogon.exe", "EXCEL.EXE"]);

    // One instance per listed step sequence; the app of a step is Excel for the copy, else SAP (or the given one).
    private static (string, string?, int, (Core.Events.UiEvent, string)[]) Instance(string user, string team, int type, params string[] steps) =>
        (user, team, type, [.. steps.Select((s, k) => (Some.Event(k * 5, app: s == Copy ? "EXCEL.EXE" : s.StartsWith("Mail", StringComparison.Ordinal) ? "OUTLOOK.EXE" : "saplogon.exe", user: user, team: team), s))]);

    [Fact]
    public void A_skipped_and_a_reordered_step_planted_in_mined_instances_are_found()
    {
        var log = Some.Log(
            Instance("u1", "AP", 0, Open, Copy, Paste, Type, Post),
            Instance("u2", "AP", 0, Open, Copy, Paste, Post),
            Instance("u3", "AP", 0, Open, Paste, Copy, Type, Post));

        var r = ReferenceCheck.Check(log, [Procedure]);

        Assert.True(r.Instances[0].Conforms);
        Assert.Equal([Type], r.Instances[1].Skipped);
        Assert.Empty(r.Instances[1].Reordered);
        Assert.Single(r.Instances[2].Reordered);
        Assert.Contains(r.Instances[2].Reordered[0], new[] { Copy, Paste });
        Assert.Empty(r.Instances[2].Skipped);
        Assert.Equal(1, r.Conforming);
        Assert.Equal(1, r.Steps.Single(s => s.Step == Type).Skipped);
    }

    [Fact]
    public void Added_steps_and_other_applications_are_reported()
    {
        var log = Some.Log(Instance("u1", "AP", 0, Open, Copy, "Mail – Inbox: copy", Paste, Type, Post));

        var d = ReferenceCheck.Check(log, [Procedure]).Instances.Single();

        Assert.Equal(["Mail – Inbox: copy"], d.Added);
        Assert.Equal(["OUTLOOK.EXE"], d.OtherApplications);
        Assert.Empty(d.Skipped);
        Assert.Empty(d.Reordered);
    }

    [Fact]
    public void Each_instance_is_compared_with_the_allowed_variant_it_departs_from_least()
    {
        var shortcut = new ReferenceVariant("Post a credit note", [Open, Type, Post], ["saplogon.exe"]);
        var log = Some.Log(Instance("u1", "AP", 0, Open, Type, Post), Instance("u2", "AP", 0, Open, Copy, Paste, Type, Post));

        var r = ReferenceCheck.Check(log, [Procedure, shortcut]);

        Assert.All(r.Instances, d => Assert.True(d.Conforms));
        Assert.Equal([1, 0], r.Instances.Select(d => d.Variant));
    }

    [Fact]
    public void The_task_type_is_found_by_its_steps_or_named()
    {
        var log = Some.Log(
            Instance("u1", "AP", 0, "Teams – Chat: click 'Send'", "Teams – Chat: type into 'Message'"),
            Instance("u2", "AP", 1, Open, Copy, Paste, Type, Post));

        var found = ReferenceCheck.Check(log, [Procedure]);
        var named = ReferenceCheck.Check(log, [Procedure], new ReferenceOptions { TaskType = "task 0" });

        Assert.Equal(("t1", "steps"), (found.TaskTypeId, found.MatchedBy));
        Assert.Equal(1.0, found.Overlap);
        Assert.Equal(("t0", "task"), (named.TaskTypeId, named.MatchedBy));
        var x = Assert.Throws<InputException>(() => ReferenceCheck.Check(log, [Procedure], new ReferenceOptions { TaskType = "Approve" }));
        Assert.Contains("'Task 0'", x.Message, StringComparison.Ordinal);
        var none = Assert.Throws<InputException>(() => ReferenceCheck.Check(log, [new ReferenceVariant("other", ["X: click 'Y'"], [])]));
        Assert.Contains("--task", none.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_walkthrough_step_whose_screen_reads_differently_matches_the_mined_step_on_the_same_element()
    {
        var walkthroughPost = "SAP – MIRO Company Code: click 'Post'";
        var log = Some.Log(Instance("u1", "AP", 0, Open, Copy, Paste, Type, Post));

        var r = ReferenceCheck.Check(log, [Procedure with { Steps = [Open, Copy, Paste, Type, walkthroughPost] }]);

        Assert.Empty(r.UnmatchedSteps);
        Assert.True(r.Instances.Single().Conforms);
    }

    [Fact]
    public void Teams_with_fewer_than_k_people_get_no_rates_and_are_not_named()
    {
        var instances = Enumerable.Range(0, 5).Select(p => Instance("a" + p, "AP", 0, Open, Copy, Paste, p == 0 ? Post : Type, Post))
            .Concat([Instance("b0", "AR", 0, Open, Copy, Paste, Post), Instance("b1", "AR", 0, Open, Copy, Paste, Post)]).ToArray();
        var log = Some.Log(instances);

        var r = ReferenceCheck.Check(log, [Procedure]);

        var ap = Assert.Single(r.Teams);
        Assert.Equal(("AP", 5, 5, 1, 1), (ap.Team, ap.People, ap.Instances, ap.Deviating, ap.Skipped));
        Assert.Equal(0.2, ap.Rate, 6);
        Assert.Equal(1, r.SuppressedTeams);
        Assert.All(r.Instances.Where(d => d.Instance is "s000005" or "s000006"), d => Assert.Null(d.Team));
        var all = ReferenceCheck.Check(log, [Procedure], new ReferenceOptions { MinPeople = 2 });
        Assert.Equal(2, all.Teams.Count);
    }

    [Fact]
    public void The_compliance_json_carries_the_walkthrough_object_only_when_given()
    {
        var log = Some.Log(Instance("u1", "AP", 0, Open, Copy, Paste, Post));
        var reference = ReferenceCheck.Check(log, [Procedure]);
        var plain = new ComplianceResult { Rules = [], Deviations = [], Cases = 1 };

        using var with = System.Text.Json.JsonDocument.Parse(ComplianceJson.Write(plain with { Reference = reference }));
        using var without = System.Text.Json.JsonDocument.Parse(ComplianceJson.Write(plain));

        Assert.False(without.RootElement.TryGetProperty("walkthrough", out _));
        var w = with.RootElement.GetProperty("walkthrough");
        Assert.Equal("t0", w.GetProperty("task_type").GetProperty("id").GetString());
        Assert.Equal(1, w.GetProperty("skipped").GetInt32());
        var d = w.GetProperty("deviations")[0];
        Assert.Equal(Type, d.GetProperty("skipped")[0].GetString());
        Assert.Equal(JsonValueKindNull, d.GetProperty("team").ValueKind);
    }

    [Fact]
    public void The_longest_run_in_order_keeps_all_but_the_moved_steps()
    {
        Assert.Equal([true, true, false, true, true], ReferenceCheck.LongestIncreasing([0, 1, 9, 2, 3]));
        Assert.Equal([false, true, true], ReferenceCheck.LongestIncreasing([5, 1, 2]));
        Assert.Empty(ReferenceCheck.LongestIncreasing([]));
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;
}
