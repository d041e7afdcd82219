using Deskmine.Cli.Tests.Support;

namespace Deskmine.Cli.Tests.Commands;

public sealed class MineEvalCommandTests
{
    [SkippableFact]
    public void StudentRecord_import_mine_eval_export_map_and_report()
    {
        Skip.If(SharedData.Root is null, SharedData.MissingReason);
        using var dir = new TempDir();
        var ws = dir.File("ws");
        Assert.Equal(0, CliRun.Of("import", SharedData.PathOf("data/uilogs/leno/StudentRecord.csv"), "-w", ws).ExitCode);

        var mine = CliRun.Of("mine", "-w", ws);
        Assert.True(mine.ExitCode == 0, mine.Error);
        Assert.Contains("50 segments", mine.Out, StringComparison.Ordinal);

        var eval = CliRun.Of("eval", "-w", ws, "--truth-file", SharedData.PathOf("data/uilogs/leno/StudentRecord_segmented.csv"));
        Assert.True(eval.ExitCode == 0, eval.Error);
        foreach (var metric in new[] { "segments found", "true segments", "mean edit distance", "boundary F1", "type F1", "instance F1", "type ARI per event", "type ARI per segment" })
            Assert.Contains(metric, eval.Out, StringComparison.Ordinal);
        Assert.Matches(@"boundary F1\s+1\.000", eval.Out);
        Assert.Matches(@"segments found\s+50\b", eval.Out);

        var csv = dir.File("out.csv");
        Assert.Equal(0, CliRun.Of("export", "-w", ws, "--format", "csv", "-o", csv).ExitCode);
        var lines = File.ReadAllLines(csv);
        var header = lines[0].Split(',');
        foreach (var column in new[] { "source_row", "segment", "task_type", "case" })
            Assert.Contains(column, header);
        var segment = Array.IndexOf(header, "segment");
        Assert.Contains(lines.Skip(1), l => l.Split(',')[segment].StartsWith('s'));

        var map = CliRun.Of("map", ws, "--case", "segment", "--json");
        Assert.True(map.ExitCode == 0, map.Error);
        Assert.Contains("\"num_cases\":50", map.Out.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);

        var html = dir.File("report.html");
        var report = CliRun.Of("report", "-w", ws, "--task-types", "derived.task_type", "-o", html);
        Assert.True(report.ExitCode == 0, report.Error);
        Assert.True(new FileInfo(html).Length > 0);
    }

    [Fact]
    public void Simulated_workspace_is_scored_against_its_truth_table_and_rules_rename_types()
    {
        using var dir = new TempDir();
        var ws = dir.File("ws");
        Assert.Equal(0, CliRun.Of("simulate", "-w", ws, "--days", "1", "--teams", "3", "--people-per-team", "1").ExitCode);
        var mine = CliRun.Of("mine", "-w", ws);
        Assert.True(mine.ExitCode == 0, mine.Error);
        var key = System.Text.RegularExpressions.Regex.Match(mine.Out, @"\bt[0-9a-f]{10}\b").Value;
        Assert.NotEmpty(key);

        var eval = CliRun.Of("eval", "-w", ws);
        Assert.True(eval.ExitCode == 0, eval.Error);
        Assert.Contains("ground truth table", eval.Out, StringComparison.Ordinal);
        Assert.Contains("type F1 with noise as a class", eval.Out, StringComparison.Ordinal);

        var rules = dir.File("rules.json");
        File.WriteAllText(rules, $$"""[{"kind":"rename","types":["{{key}}"],"name":"My named task"}]""");
        Assert.Contains("My named task", CliRun.Of("mine", "-w", ws, "--rules", rules).Out, StringComparison.Ordinal);
        Assert.Contains("My named task", CliRun.Of("mine", "-w", ws).Out, StringComparison.Ordinal); // kept in the workspace
    }

    [Fact]
    public void Bad_rules_file_is_an_input_error_naming_the_file()
    {
        using var dir = new TempDir();
        var ws = dir.File("ws");
        Assert.Equal(0, CliRun.Of("simulate", "-w", ws, "--days", "1", "--teams", "1", "--people-per-team", "1", "--events", "500").ExitCode);
        var rules = dir.File("rules.json");
        File.WriteAllText(rules, "{ not json");
        var run = CliRun.Of("mine", "-w", ws, "--rules", rules);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("rules.json", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_before_mine_says_to_run_mine()
    {
        using var dir = new TempDir();
        var ws = dir.File("ws");
        Assert.Equal(0, CliRun.Of("simulate", "-w", ws, "--days", "1", "--teams", "1", "--people-per-team", "1", "--events", "500").ExitCode);
        var run = CliRun.Of("eval", "-w", ws);
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("deskmine mine", run.Error, StringComparison.Ordinal);
    }
}
