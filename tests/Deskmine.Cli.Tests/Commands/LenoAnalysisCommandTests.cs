using System.Text.Json;
using Deskmine.Cli.Tests.Support;

namespace Deskmine.Cli.Tests.Commands;

public sealed class LenoAnalysisCommandTests
{
    [SkippableFact]
    public void Reimbursement_top_candidate_moves_data_from_excel_to_chrome()
    {
        Skip.If(SharedData.Root is null, SharedData.MissingReason);
        using var dir = new TempDir();
        var ws = dir.File("ws");
        var import = CliRun.Of("import", SharedData.PathOf("data/uilogs/leno/Reimbursement.csv"), "-w", ws);
        Assert.True(import.ExitCode == 0, import.Error);
        var mine = CliRun.Of("mine", "-w", ws);
        Assert.True(mine.ExitCode == 0, mine.Error);

        var run = CliRun.Of("analyze", "-w", ws, "--json");

        Assert.True(run.ExitCode == 0, run.Error);
        using var doc = JsonDocument.Parse(run.Out);
        var transfers = doc.RootElement.GetProperty("candidates")[0].GetProperty("data_transfers").EnumerateArray().ToList();
        Assert.Contains(transfers, t =>
            t.GetProperty("from_app").GetString()!.Contains("excel", StringComparison.OrdinalIgnoreCase)
            && t.GetProperty("to_app").GetString()!.Contains("chrome", StringComparison.OrdinalIgnoreCase)
            && t.GetProperty("from_field").GetString()!.Length > 0
            && t.GetProperty("to_field").GetString()!.Length > 0);
    }
}
