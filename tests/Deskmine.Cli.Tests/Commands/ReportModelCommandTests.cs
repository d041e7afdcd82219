using System.Text.Json;
using System.Text.RegularExpressions;
using Deskmine.Cli.Tests.Support;

namespace Deskmine.Cli.Tests.Commands;

/// <summary><c>report --model-noise X | --no-model</c>: the BPMN process model drawn below the map.</summary>
public sealed class ReportModelCommandTests
{
    [SkippableFact]
    public void Report_of_an_imported_log_carries_the_model_that_the_model_command_finds()
    {
        Skip.If(SharedData.Root is null, SharedData.MissingReason);
        using var dir = new TempDir();
        var log = SharedData.PathOf("data/eventlogs/logs/running-example.xes");
        var ws = dir.File("ws");
        Assert.Equal(CliApp.Ok, CliRun.Of("import", log, "-w", ws).ExitCode);
        var model = CliRun.Of("model", log, "--bpmn", dir.File("m.bpmn"), "--json");
        Assert.True(model.ExitCode == CliApp.Ok, model.Error);

        var report = CliRun.Of("report", "-w", ws, "--case", "case", "--model-noise", "0", "-o", dir.File("r.html"));
        var without = CliRun.Of("report", "-w", ws, "--case", "case", "--no-model", "-o", dir.File("plain.html"));

        Assert.True(report.ExitCode == CliApp.Ok, report.Error);
        var html = File.ReadAllText(dir.File("r.html"));
        Assert.Contains("<section id=\"model\">", html, StringComparison.Ordinal);
        var tree = JsonDocument.Parse(model.Out).RootElement.GetProperty("process_tree").GetString()!;
        var shown = System.Net.WebUtility.HtmlDecode(Regex.Match(html, "<pre class=\"tree\"[^>]*>(?<t>[^<]*)</pre>").Groups["t"].Value);
        // The same tree; the children of a choice or parallel block may come in another order (workspace vs file).
        Assert.Equal(Tokens(tree), Tokens(shown));
        Assert.StartsWith("->( 'register request', *(", shown, StringComparison.Ordinal);
        Assert.True(without.ExitCode == CliApp.Ok, without.Error);
        Assert.DoesNotContain("<section id=\"model\">", File.ReadAllText(dir.File("plain.html")), StringComparison.Ordinal);
    }

    private static List<string> Tokens(string tree) =>
        Regex.Matches(tree, "'[^']*'|->|[X+*]\\(|tau").Select(m => m.Value).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void A_model_noise_outside_0_to_1_is_refused()
    {
        using var dir = new TempDir();
        var log = dir.File("log.csv");
        File.WriteAllText(log, "case:concept:name,concept:name,time:timestamp\nc1,a,2024-01-01T08:00:00Z\nc1,b,2024-01-01T08:01:00Z\n");
        Assert.Equal(CliApp.Ok, CliRun.Of("import", log, "-w", dir.File("ws")).ExitCode);

        var run = CliRun.Of("report", "-w", dir.File("ws"), "--model-noise", "1.5", "-o", dir.File("r.html"));

        Assert.NotEqual(CliApp.Ok, run.ExitCode);
        Assert.Contains("--model-noise expects a threshold from 0 to 1", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(dir.File("r.html")));
    }
}
