using System.Text.Json;
using System.Text.RegularExpressions;
using Deskmine.Cli.Tests.Support;

namespace Deskmine.Cli.Tests.Commands;

/// <summary><c>deskmine tasks</c> on real logs: the contract JSON, readable names, and the labelling loop kept across runs.</summary>
public sealed partial class TasksCommandTests
{
    [SkippableFact]
    public void Tasks_json_lists_named_types_of_a_real_log_and_is_the_same_after_mining_again()
    {
        Skip.If(SharedData.Root is null, SharedData.MissingReason);
        using var dir = new TempDir();
        var ws = dir.File("ws");
        Assert.Equal(0, CliRun.Of("import", SharedData.PathOf("data/uilogs/leno/Reimbursement.csv"), "-w", ws).ExitCode);
        Assert.Equal(0, CliRun.Of("mine", "-w", ws).ExitCode);

        var first = CliRun.Of("tasks", "-w", ws, "--json");
        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Equal(0, CliRun.Of("mine", "-w", ws).ExitCode);
        var again = CliRun.Of("tasks", "-w", ws, "--json");

        Assert.Equal(first.Out, again.Out);
        using var doc = JsonDocument.Parse(first.Out);
        var types = doc.RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(types);
        Assert.All(types, t => Assert.Equal(["id", "name", "instances", "events", "people", "median_s", "steps"], t.EnumerateObject().Select(p => p.Name)));
        Assert.InRange(types.Sum(t => t.GetProperty("instances").GetInt32()), 45, 55); // 50 true instances
        Assert.All(types, t => Assert.Equal(1, t.GetProperty("people").GetInt32()));
        var names = types.Select(t => t.GetProperty("name").GetString()!).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.All(names.Concat(types.SelectMany(t => t.GetProperty("steps").EnumerateArray().Select(s => s.GetString()!))), AssertReadable);
    }

    [Fact]
    public void Rename_merge_and_split_from_the_command_line_are_kept_for_later_mine_runs()
    {
        using var dir = new TempDir();
        var ws = dir.File("ws");
        Assert.Equal(0, CliRun.Of("simulate", "-w", ws, "--days", "1", "--teams", "3", "--people-per-team", "1").ExitCode);
        Assert.Equal(0, CliRun.Of("mine", "-w", ws).ExitCode);
        var ids = Ids(CliRun.Of("tasks", "-w", ws, "--json").Out);
        Assert.True(ids.Count >= 3, "the simulated day needs three task types");

        var rename = CliRun.Of("tasks", "rename", ids[0], "Enter supplier invoice", "-w", ws);
        var merge = CliRun.Of("tasks", "merge", ids[1], ids[2], "--name", "Customer requests", "-w", ws);
        var list = CliRun.Of("tasks", "-w", ws);
        var mine = CliRun.Of("mine", "-w", ws);

        Assert.True(rename.ExitCode == 0, rename.Error);
        Assert.True(merge.ExitCode == 0, merge.Error);
        Assert.Contains("Enter supplier invoice", rename.Out, StringComparison.Ordinal);
        Assert.Contains("Customer requests", list.Out, StringComparison.Ordinal);
        Assert.Contains("steps: ", list.Out, StringComparison.Ordinal);
        Assert.Contains("Enter supplier invoice", mine.Out, StringComparison.Ordinal);
        Assert.Contains("Customer requests", mine.Out, StringComparison.Ordinal);
        Assert.Equal(ids.Count - 1, Ids(CliRun.Of("tasks", "-w", ws, "--json").Out).Count);

        var csv = dir.File("events.csv");
        Assert.Equal(0, CliRun.Of("export", "-w", ws, "--format", "csv", "-o", csv).ExitCode);
        var header = File.ReadLines(csv).First().Split(',');
        Assert.Equal(["segment", "task_type", "task_name", "case"], header[^4..]);
        Assert.Contains(File.ReadLines(csv), l => l.Contains("," + ids[0] + ",Enter supplier invoice,", StringComparison.Ordinal));
    }

    [Fact]
    public void Wrong_labelling_requests_are_usage_errors_that_say_what_to_do()
    {
        using var dir = new TempDir();
        var ws = dir.File("ws");
        Assert.Equal(0, CliRun.Of("simulate", "-w", ws, "--days", "1", "--teams", "1", "--people-per-team", "1", "--events", "1500").ExitCode);
        var unmined = CliRun.Of("tasks", "-w", ws);
        Assert.Equal(0, CliRun.Of("mine", "-w", ws).ExitCode);
        var id = Ids(CliRun.Of("tasks", "-w", ws, "--json").Out)[0];

        var unknown = CliRun.Of("tasks", "rename", "t0000000000", "X", "-w", ws);
        var noCriterion = CliRun.Of("tasks", "split", id, "-w", ws);
        var badBy = CliRun.Of("tasks", "split", id, "--by", "colour", "-w", ws);

        Assert.Equal(1, unmined.ExitCode);
        Assert.Contains("deskmine mine", unmined.Error, StringComparison.Ordinal);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("t0000000000", unknown.Error, StringComparison.Ordinal);
        Assert.Equal(2, noCriterion.ExitCode);
        Assert.Contains("--by", noCriterion.Error, StringComparison.Ordinal);
        Assert.Equal(2, badBy.ExitCode);
    }

    private static List<string> Ids(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return [.. doc.RootElement.EnumerateArray().Select(t => t.GetProperty("id").GetString()!)];
    }

    private static void AssertReadable(string name)
    {
        Assert.InRange(name.Length, 1, 60);
        Assert.DoesNotMatch(NotReadable(), name);
    }

    // Digits (ids, pseudonyms such as u03), hex hashes, paths, e-mail addresses, placeholders and file names.
    [GeneratedRegex(@"[0-9]|\b[0-9a-f]{8,}\b|[\\/@<>~]|\.(xlsx?|csv|pdf|docx?|exe)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotReadable();
}
