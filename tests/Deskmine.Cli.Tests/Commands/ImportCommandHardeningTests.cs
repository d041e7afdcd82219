using System.Text;
using Deskmine.Cli.Tests.Support;
using Deskmine.Storage.Workspaces;

namespace Deskmine.Cli.Tests.Commands;

/// <summary>Workspaces never double or vanish, and every bad file is exit code 1 with a message naming it.</summary>
public sealed class ImportCommandHardeningTests
{
    private const string Csv = "case_id,activity,timestamp\n1,register,2024-01-01 08:00:00\n1,check,2024-01-01 09:00:00\n";

    [Fact]
    public void Importing_the_same_content_twice_is_refused_unless_appended()
    {
        using var dir = new TempDir();
        var file = dir.File("log.csv");
        var copy = dir.File("renamed.csv");
        File.WriteAllText(file, Csv);
        File.WriteAllText(copy, Csv);
        var ws = dir.File("ws");
        Assert.Equal(CliApp.Ok, CliRun.Of("import", file, "-w", ws).ExitCode);

        var again = CliRun.Of("import", copy, "-w", ws);

        Assert.Equal(CliApp.BadInput, again.ExitCode);
        Assert.Contains("renamed.csv", again.Error, StringComparison.Ordinal);
        Assert.Contains("--append", again.Error, StringComparison.Ordinal);
        using (var w = Workspace.OpenReadOnly(ws))
        {
            Assert.Equal(2, w.Events.Count());
            Assert.Single(w.Imports.Files);
        }

        Assert.Equal(CliApp.Ok, CliRun.Of("import", copy, "-w", ws, "--append").ExitCode);
        using var after = Workspace.OpenReadOnly(ws);
        Assert.Equal(4, after.Events.Count());
        Assert.Equal(2, after.Imports.Files.Count);
    }

    [Fact]
    public void A_first_import_that_fails_leaves_no_workspace_behind()
    {
        using var dir = new TempDir();
        var file = dir.File("broken.csv");
        File.WriteAllText(file, "case_id,activity,timestamp\n1,register,yesterday\n");
        var ws = dir.File("ws");

        var run = CliRun.Of("import", file, "-w", ws);

        Assert.Equal(CliApp.BadInput, run.ExitCode);
        Assert.Contains("line 2", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(ws), "the failed first import left a workspace folder");
    }

    [Fact]
    public void A_directory_as_the_input_file_is_named_as_one()
    {
        using var dir = new TempDir();
        var run = CliRun.Of("import", dir.Path, "-w", dir.File("ws"));
        Assert.Equal(CliApp.BadInput, run.ExitCode);
        Assert.Contains("is a directory", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Latin1_text_needs_its_encoding_named()
    {
        using var dir = new TempDir();
        var file = dir.File("latin.csv");
        File.WriteAllBytes(file, Encoding.Latin1.GetBytes("case_id,activity,timestamp\n1,café,2024-01-01 08:00:00\n"));
        var ws = dir.File("ws");

        var strict = CliRun.Of("import", file, "-w", ws);
        Assert.Equal(CliApp.BadInput, strict.ExitCode);
        Assert.Contains("line 2", strict.Error, StringComparison.Ordinal);
        Assert.Contains("--encoding", strict.Error, StringComparison.Ordinal);

        Assert.Equal(CliApp.Ok, CliRun.Of("import", file, "-w", ws, "--encoding", "latin-1").ExitCode);
        using var w = Workspace.OpenReadOnly(ws);
        Assert.Equal("café", w.Events.ReadEvents().First().Activity);
    }

    [Fact]
    public void An_unknown_encoding_is_a_usage_error()
    {
        using var dir = new TempDir();
        var file = dir.File("log.csv");
        File.WriteAllText(file, Csv);
        Assert.Equal(CliApp.Usage, CliRun.Of("import", file, "-w", dir.File("ws"), "--encoding", "klingon-8").ExitCode);
    }
}
