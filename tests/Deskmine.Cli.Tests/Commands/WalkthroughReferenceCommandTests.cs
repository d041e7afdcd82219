using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Deskmine.Analysis.Work;
using Deskmine.Cli.Tests.Support;
using Deskmine.Core.Events;
using Deskmine.Workspaces.Sources;
using Deskmine.Workspaces.Work;

namespace Deskmine.Cli.Tests.Commands;

/// <summary>
/// <c>deskmine walkthrough guide DIR -o OUT</c> and <c>deskmine compliance -w WS --walkthrough DIR</c> as outside
/// checks call them: on a walkthrough folder made from one mined instance of the CLI-mined back office (with one
/// step no one does added on purpose), and on broken folders.
/// </summary>
[Collection(MinedCliCollection.Name)]
public sealed partial class WalkthroughReferenceCommandTests(MinedCliWorkspace mined)
{
    private const string Planted = "Escalate to controller";

    // The most common variant of the most common mined task type, recorded once as the recorder writes a folder
    // (manifest, one event per line in seq order), plus a click no one does after its last step.
    private string RecordWalkthrough(string name = "Reference walk")
    {
        WorkLog work;
        using (var ws = WorkspaceAccess.OpenForReading(mined.Directory))
            work = WorkLogs.FromRecognition(ws);
        var type = work.Instances.GroupBy(i => i.TaskType).OrderByDescending(g => g.Count()).First().Key;
        var instance = work.Instances.Where(i => i.TaskType == type)
            .GroupBy(i => string.Join('\u001f', WorkSteps.Timing(work, i).Steps.Select(s => s.Name)), StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).First().First();
        var events = WorkSteps.Timing(work, instance).Steps.SelectMany(s => s.Events.Select(i => work.Events[i])).ToList();
        events.Add(events[^1] with { Id = Guid.NewGuid(), Kind = EventKinds.Click, TargetRole = "push button", TargetName = Planted, Value = null, ValueHash = null });
        var start = events[0].Ts ?? 0;
        var dir = mined.NewPath("walk");
        Directory.CreateDirectory(dir);
        var lines = new StringBuilder();
        for (var k = 0; k < events.Count; k++)
            lines.Append(Encoding.UTF8.GetString(UiEventJson.ToUtf8(events[k] with { Session = "walk", Seq = k, Ts = start + k * 2_000_000L, Duration = null }))).Append('\n');
        File.WriteAllText(Path.Combine(dir, "events.jsonl"), lines.ToString());
        File.WriteAllText(Path.Combine(dir, "walkthrough.json"), $$$"""
            {"format": "deskmine-walkthrough/1", "name": "{{{name}}}", "started": "2026-12-05T13:20:00.000Z",
             "ended": "2026-12-05T13:24:00.000Z", "status": "stopped", "host": {"screen_w": 1280, "screen_h": 1024},
             "screenshots": {"taken": 0, "dropped": 0, "redacted_boxes": 0}}
            """);
        return dir;
    }

    [Fact]
    public void Compliance_json_against_a_walkthrough_has_the_walkthrough_object_with_the_planted_step_skipped_everywhere()
    {
        var walk = RecordWalkthrough();

        var run = CliRun.Of("compliance", "-w", mined.Directory, "--walkthrough", walk, "--json", "--min-group", "1");

        Assert.True(run.ExitCode == CliApp.Ok, run.Error);
        using var doc = JsonDocument.Parse(run.Out);
        var root = doc.RootElement;
        // The compliance JSON shape: no rules were given, so no rule rows and no rule deviations.
        Assert.Equal(0, root.GetProperty("rules").GetArrayLength());
        Assert.Equal(0, root.GetProperty("deviations").GetArrayLength());
        var w = root.GetProperty("walkthrough");
        var instances = w.GetProperty("instances").GetInt32();
        Assert.True(instances > 0);
        Assert.Equal(instances, root.GetProperty("cases").GetInt32());
        Assert.Equal("steps", w.GetProperty("task_type").GetProperty("matched_by").GetString());
        Assert.True(w.GetProperty("task_type").GetProperty("overlap").GetDouble() >= 0.8);
        var variant = Assert.Single(w.GetProperty("variants").EnumerateArray());
        Assert.Equal("Reference walk", variant.GetProperty("name").GetString());
        var planted = Assert.Single(w.GetProperty("unmatched_steps").EnumerateArray().Select(s => s.GetString()!), s => s.Contains(Planted, StringComparison.Ordinal));
        Assert.Contains(planted, variant.GetProperty("steps").EnumerateArray().Select(s => s.GetString()));
        // No one escalates: every instance skips that step, so none conforms.
        Assert.Equal(instances, w.GetProperty("skipped").GetInt32());
        Assert.Equal(0, w.GetProperty("conforming").GetInt32());
        var plantedRow = w.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("step").GetString() == planted);
        Assert.Equal(instances, plantedRow.GetProperty("skipped").GetInt32());
        // Three teams of one person, shown with k = 1; their instances add up.
        var teams = w.GetProperty("rates_by_team").EnumerateArray().ToList();
        Assert.Equal(3, teams.Count);
        Assert.Equal(instances, teams.Sum(t => t.GetProperty("instances").GetInt32()));
        Assert.All(teams, t => Assert.Equal(1.0, t.GetProperty("rate").GetDouble()));
        Assert.Equal(instances, w.GetProperty("deviations").GetArrayLength());
    }

    [Fact]
    public void Compliance_text_and_audit_against_a_walkthrough_name_the_procedure_and_hide_small_teams()
    {
        var walk = RecordWalkthrough("Post an invoice");
        var audit = mined.NewPath("audit");

        var run = CliRun.Of("compliance", "-w", mined.Directory, "--walkthrough", walk, "--audit", audit);

        Assert.True(run.ExitCode == CliApp.Ok, run.Error);
        Assert.Matches(@"Walkthrough procedure \(Post an invoice\) for task type '[^']+' \(matched by its steps, \d+ ?% of the steps found\):", run.Out);
        Assert.Matches(@"\d+ instances, 0 follow it exactly \(0 ?%\)", run.Out);
        Assert.Contains($"{Planted}", run.Out, StringComparison.Ordinal);
        // Teams of one person are below the default k of 5: counted as left out, never named.
        Assert.Contains("3 teams with fewer than 5 people not shown", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("  team ", run.Out, StringComparison.Ordinal);
        var html = File.ReadAllText(Path.Combine(audit, "compliance.html"));
        Assert.Contains("Against the recorded procedure", html, StringComparison.Ordinal);
        Assert.Contains("Post an invoice", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Compliance_with_a_missing_or_broken_walkthrough_exits_1_naming_the_file_and_line()
    {
        var missing = mined.NewPath("no-walk");
        var run = CliRun.Of("compliance", "-w", mined.Directory, "--walkthrough", missing);
        Assert.Equal(CliApp.BadInput, run.ExitCode);
        Assert.Contains(missing, run.Error, StringComparison.Ordinal);
        Assert.Contains("no such walkthrough folder", run.Error, StringComparison.Ordinal);

        var notAWalk = mined.NewPath("empty");
        Directory.CreateDirectory(notAWalk);
        run = CliRun.Of("compliance", "-w", mined.Directory, "--walkthrough", notAWalk);
        Assert.Equal(CliApp.BadInput, run.ExitCode);
        Assert.Contains(Path.Combine(notAWalk, "walkthrough.json"), run.Error, StringComparison.Ordinal);
        Assert.Contains("no walkthrough manifest", run.Error, StringComparison.Ordinal);

        var walk = RecordWalkthrough();
        var events = Path.Combine(walk, "events.jsonl");
        var lines = File.ReadAllLines(events);
        File.WriteAllLines(events, [lines[0], lines[1], "{\"kind\": \"click\", \"ts\": ", .. lines[2..]]);
        run = CliRun.Of("compliance", "-w", mined.Directory, "--walkthrough", walk, "--json");
        Assert.Equal(CliApp.BadInput, run.ExitCode);
        Assert.Contains($"{events}, line 3", run.Error, StringComparison.Ordinal);
        Assert.Contains("not valid JSON", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void Compliance_against_a_walkthrough_needs_a_mined_workspace_and_a_known_task_type()
    {
        var walk = RecordWalkthrough();
        var log = mined.NewPath("log.csv");
        File.WriteAllText(log, "case,activity,timestamp\n1,a,2026-01-01T00:00:00Z\n");

        var onLog = CliRun.Of("compliance", log, "--walkthrough", walk);
        var unknownTask = CliRun.Of("compliance", "-w", mined.Directory, "--walkthrough", walk, "--task", "no such task type");

        Assert.Equal(CliApp.Usage, onLog.ExitCode);
        Assert.Contains("is not a workspace folder", onLog.Error, StringComparison.Ordinal);
        Assert.NotEqual(CliApp.Ok, unknownTask.ExitCode);
        Assert.Contains("no such task type", unknownTask.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_with_a_walkthrough_summarises_how_the_mined_instances_depart_with_the_figures_of_compliance()
    {
        var walk = RecordWalkthrough("Post an invoice");
        var html = mined.NewPath("report.html");

        var run = CliRun.Of("report", "-w", mined.Directory, "--walkthrough", walk, "--min-group", "1", "--no-analysis", "-o", html);
        var json = CliRun.Of("compliance", "-w", mined.Directory, "--walkthrough", walk, "--min-group", "1", "--json");

        Assert.True(run.ExitCode == CliApp.Ok, run.Error);
        using var doc = JsonDocument.Parse(json.Out);
        var w = doc.RootElement.GetProperty("walkthrough");
        var instances = w.GetProperty("instances").GetInt32();
        var page = File.ReadAllText(html);
        var section = ReferenceSection(page);
        Assert.Contains("<a href=\"#reference\">Recorded procedure</a>", page, StringComparison.Ordinal);
        Assert.Contains("<h2>Against the recorded procedure</h2>", section, StringComparison.Ordinal);
        Assert.Contains($"<strong>{WebUtility.HtmlEncode(w.GetProperty("task_type").GetProperty("name").GetString())}</strong>", section, StringComparison.Ordinal);
        Assert.Contains($"Post an invoice ({w.GetProperty("variants")[0].GetProperty("steps").GetArrayLength()} steps)", section, StringComparison.Ordinal);
        Assert.Contains($"<strong>0 of {instances} instances (0", section, StringComparison.Ordinal);
        Assert.Contains($"<tr><td>Skip a prescribed step</td><td class=\"num\">{instances}</td><td class=\"num\">100", section, StringComparison.Ordinal);
        // The planted step: skipped by every instance, named among the steps no one does.
        Assert.Contains(WebUtility.HtmlEncode(w.GetProperty("unmatched_steps")[0].GetString()!), section, StringComparison.Ordinal);
        foreach (var team in w.GetProperty("rates_by_team").EnumerateArray())
            Assert.Contains($"<tr><td class=\"name\">{WebUtility.HtmlEncode(team.GetProperty("team").GetString())}</td><td class=\"num\">1</td><td class=\"num\">{team.GetProperty("instances").GetInt32()}</td>", section, StringComparison.Ordinal);

        // Under the default k of 5 the three one-person teams are left out, and said to be.
        var hidden = mined.NewPath("report-k.html");
        Assert.Equal(CliApp.Ok, CliRun.Of("report", "-w", mined.Directory, "--walkthrough", walk, "--no-analysis", "-o", hidden).ExitCode);
        var k = ReferenceSection(File.ReadAllText(hidden));
        Assert.Contains("3 teams with fewer than 5 people are not shown.", k, StringComparison.Ordinal);
        Assert.DoesNotContain("<th>Team</th><th class=\"num\">People</th>", k, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_with_a_missing_walkthrough_exits_1_and_writes_no_report()
    {
        var html = mined.NewPath("report.html");
        var missing = mined.NewPath("none");

        var run = CliRun.Of("report", "-w", mined.Directory, "--walkthrough", missing, "-o", html);
        var taskAlone = CliRun.Of("report", "-w", mined.Directory, "--walkthrough-task", "x", "-o", html);

        Assert.Equal(CliApp.BadInput, run.ExitCode);
        Assert.Contains($"{missing}: no such walkthrough folder", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(html));
        Assert.Equal(CliApp.Usage, taskAlone.ExitCode);
        Assert.Contains("need --walkthrough DIR", taskAlone.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Guide_writes_numbered_steps_in_markdown_and_html_and_keeps_an_edited_title()
    {
        var walk = RecordWalkthrough("Post an invoice");
        var output = mined.NewPath("guide");

        var run = CliRun.Of("walkthrough", "guide", walk, "-o", output);

        Assert.True(run.ExitCode == CliApp.Ok, run.Error);
        var summary = SummaryLine().Match(run.Out);
        Assert.True(summary.Success, run.Out);
        var steps = int.Parse(summary.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"wrote {Path.Combine(Path.GetFullPath(output), "guide.md")}", run.Out, StringComparison.Ordinal);
        var md = File.ReadAllText(Path.Combine(output, "guide.md"));
        var html = File.ReadAllText(Path.Combine(output, "guide.html"));
        var headings = StepHeading().Matches(md).Select(m => m.Groups[2].Value).ToList();
        Assert.Equal(steps, headings.Count);
        Assert.Equal(Enumerable.Range(1, steps).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            StepHeading().Matches(md).Select(m => m.Groups[1].Value));
        Assert.Contains(Planted, headings[^1], StringComparison.Ordinal);
        Assert.StartsWith("# Post an invoice", md, StringComparison.Ordinal);
        Assert.Contains("<title>Post an invoice", html, StringComparison.Ordinal);
        Assert.Contains(Planted, html, StringComparison.Ordinal);

        var titles = Path.Combine(output, "titles.json");
        var json = File.ReadAllText(titles);
        var last = JsonDocument.Parse(json).RootElement.GetProperty("steps")[steps - 1];
        var generated = last.GetProperty("title").GetString()!;
        // Only the title: "generated" keeps what the guide named the step.
        File.WriteAllText(titles, json.Replace("\"title\": " + JsonSerializer.Serialize(generated, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }),
            "\"title\": \"Ask the controller to approve\"", StringComparison.Ordinal));
        var again = CliRun.Of("walkthrough", "guide", walk, "-o", output);
        Assert.True(again.ExitCode == CliApp.Ok, again.Error);
        Assert.Contains($"{steps} steps, 0 screenshots, 1 edited titles kept", again.Out, StringComparison.Ordinal);
        Assert.Contains("Ask the controller to approve", File.ReadAllText(Path.Combine(output, "guide.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void Guide_of_a_missing_or_broken_walkthrough_exits_1_naming_the_file_and_writes_nothing()
    {
        var output = mined.NewPath("guide");
        var missing = mined.NewPath("none");
        var run = CliRun.Of("walkthrough", "guide", missing, "-o", output);
        Assert.Equal(CliApp.BadInput, run.ExitCode);
        Assert.Contains($"{missing}: no such walkthrough folder", run.Error, StringComparison.Ordinal);

        var walk = RecordWalkthrough();
        var manifest = Path.Combine(walk, "walkthrough.json");
        var good = File.ReadAllText(manifest);
        File.WriteAllText(manifest, """{"format": "deskmine-walkthrough/9", "name": "x"}""");
        run = CliRun.Of("walkthrough", "guide", walk, "-o", output);
        Assert.Equal(CliApp.BadInput, run.ExitCode);
        Assert.Contains(manifest, run.Error, StringComparison.Ordinal);
        Assert.Contains("expected \"deskmine-walkthrough/1\", got \"deskmine-walkthrough/9\"", run.Error, StringComparison.Ordinal);

        File.WriteAllText(manifest, good);
        var events = Path.Combine(walk, "events.jsonl");
        var lines = File.ReadAllLines(events);
        File.WriteAllLines(events, [lines[0], WithScreenshot(lines[1], "../../secret.png"), .. lines[2..]]);
        run = CliRun.Of("walkthrough", "guide", walk, "-o", output);
        Assert.Equal(CliApp.BadInput, run.ExitCode);
        Assert.Contains($"{events}, line 2", run.Error, StringComparison.Ordinal);
        Assert.Contains("attrs.screenshot", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    private static string ReferenceSection(string page)
    {
        var start = page.IndexOf("<section id=\"reference\">", StringComparison.Ordinal);
        Assert.True(start >= 0, "no reference section in the report");
        var section = page[start..];
        return section[..(section.IndexOf("</section>", StringComparison.Ordinal) + "</section>".Length)];
    }

    // The event line with attrs naming a screenshot at the given path.
    private static string WithScreenshot(string line, string path)
    {
        using var doc = JsonDocument.Parse(line);
        var map = doc.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.Clone(), StringComparer.Ordinal);
        map["attrs"] = new Dictionary<string, string> { ["screenshot"] = path };
        return JsonSerializer.Serialize(map);
    }

    [GeneratedRegex(@"^## (\d+)\. (.+)$", RegexOptions.Multiline)]
    private static partial Regex StepHeading();

    [GeneratedRegex(@": (\d+) steps, 0 screenshots, 0 edited titles kept")]
    private static partial Regex SummaryLine();
}
