using Deskmine.Cli.Tests.Support;

namespace Deskmine.Cli.Tests.Commands;

[Collection(MinedCliCollection.Name)]
public sealed class ReportAnalysisCommandTests(MinedCliWorkspace mined)
{
    [Fact]
    public void Report_of_a_mined_workspace_with_rules_shows_candidates_and_compliance()
    {
        var rules = mined.NewPath("rules.json");
        File.WriteAllText(rules, """
            { "rules": [ { "id": "R1", "template": "precedence", "a": "saplogon.exe | click | Simulate", "b": "saplogon.exe | click | Post" } ] }
            """);
        var output = mined.NewPath("report.html");

        var run = CliRun.Of("report", "-w", mined.Directory, "-o", output, "--rules", rules,
            "--case", "segment", "--classifier", "app,kind,target_name,attrs.key");

        Assert.Equal(0, run.ExitCode);
        var html = File.ReadAllText(output);
        Assert.Contains("<section id=\"candidates\">", html, StringComparison.Ordinal);
        Assert.Contains("<section id=\"compliance\">", html, StringComparison.Ordinal);
        Assert.Contains("<td>R1</td><td>precedence</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_of_an_unmined_process_log_with_rules_shows_compliance_without_candidates()
    {
        using var dir = new TempDir();
        var log = dir.File("orders.csv");
        File.WriteAllText(log, """
            case:concept:name,concept:name,time:timestamp
            c1,register,2024-03-04T08:00:00Z
            c1,pay,2024-03-04T09:00:00Z
            c2,pay,2024-03-04T10:00:00Z
            """);
        var rules = dir.File("rules.json");
        File.WriteAllText(rules, """{ "rules": [ { "id": "P1", "template": "precedence", "a": "register", "b": "pay" } ] }""");
        var ws = dir.File("ws");
        Assert.Equal(0, CliRun.Of("import", log, "-w", ws).ExitCode);
        var output = dir.File("report.html");

        var run = CliRun.Of("report", "-w", ws, "-o", output, "--rules", rules);

        Assert.Equal(0, run.ExitCode);
        var html = File.ReadAllText(output);
        Assert.Contains("<section id=\"compliance\">", html, StringComparison.Ordinal);
        Assert.Contains("<td>P1</td><td>precedence</td><td class=\"num\">2</td><td class=\"num\">1</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<section id=\"candidates\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_with_a_missing_rules_file_exits_1_naming_it()
    {
        var run = CliRun.Of("report", "-w", mined.Directory, "-o", mined.NewPath("r.html"), "--rules", "no-such-rules.json");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no-such-rules.json", run.Error, StringComparison.Ordinal);
    }
}
