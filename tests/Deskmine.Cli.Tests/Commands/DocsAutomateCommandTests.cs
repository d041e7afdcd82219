using System.Text.Json;
using Deskmine.Cli.Tests.Support;

namespace Deskmine.Cli.Tests.Commands;

[Collection(MinedCliCollection.Name)]
public sealed class DocsAutomateCommandTests(MinedCliWorkspace mined)
{
    [Theory]
    [InlineData("docs")]
    [InlineData("sop")]
    [InlineData("guide")]
    public void Docs_and_its_aliases_write_one_markdown_and_one_html_guide_per_listed_task_type(string command)
    {
        var dir = mined.NewPath("guides");

        var run = CliRun.Of(command, "-w", mined.Directory, "-o", dir);

        Assert.True(run.ExitCode == 0, run.Error);
        var listed = run.Out.Split('\n').Count(l => l.Contains('→', StringComparison.Ordinal));
        Assert.True(listed > 0);
        Assert.Equal(listed, Directory.GetFiles(dir, "*.md").Length);
        Assert.Equal(listed, Directory.GetFiles(dir, "*.html").Length);
        Assert.Contains($"wrote {listed} guides", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Automate_writes_the_starter_of_the_best_candidates_task_type()
    {
        using var doc = JsonDocument.Parse(CliRun.Of("analyze", "-w", mined.Directory, "--json").Out);
        var id = doc.RootElement.GetProperty("candidates")[0].GetProperty("task_type").GetString()!;
        var dir = mined.NewPath("starter");

        var run = CliRun.Of("automate", "-w", mined.Directory, "--task-type", id, "-o", dir);

        Assert.True(run.ExitCode == 0, run.Error);
        foreach (var name in new[] { "starter.ts", "data.json", "steps.md", "README.md" })
            Assert.True(new FileInfo(Path.Combine(dir, name)).Length > 0, name);
    }

    [Fact]
    public void Automate_with_an_unknown_task_type_exits_2_listing_the_known_ids()
    {
        var dir = mined.NewPath("none");

        var run = CliRun.Of("automate", "-w", mined.Directory, "--task-type", "tnosuchtype", "-o", dir);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("known:", run.Error, StringComparison.Ordinal);
        Assert.Matches(@"\bt[0-9a-f]{10}\b", run.Error);
        Assert.False(Directory.Exists(dir));
    }
}
