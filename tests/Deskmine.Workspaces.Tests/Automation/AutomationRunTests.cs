using Deskmine.Workspaces.Automation;
using Deskmine.Workspaces.Tests.Support;

namespace Deskmine.Workspaces.Tests.Automation;

[Collection(MinedBackOffice.Name)]
public sealed class AutomationRunTests(ViolatingWorkspace simulated)
{
    [Fact]
    public void A_catalogue_id_gets_a_starter_with_script_data_steps_and_readme()
    {
        var key = simulated.Recognition.Catalogue.Entries.OrderByDescending(e => e.Segments).First().Key;
        var dir = simulated.File("starter-" + Guid.NewGuid().ToString("N"));
        using var ws = simulated.OpenReadOnly();

        var run = AutomationRun.Write(ws, key, dir);

        foreach (var name in new[] { "starter.ts", "data.json", "steps.md", "README.md" })
        {
            var path = Path.Combine(Path.GetFullPath(dir), name);
            Assert.Contains(path, run.Paths);
            Assert.True(new FileInfo(path).Length > 0, name);
        }
    }

    [Fact]
    public void An_unknown_task_type_is_an_invalid_request_listing_the_known_ids()
    {
        var key = simulated.Recognition.Catalogue.Entries.OrderBy(e => e.Index).First().Key;
        using var ws = simulated.OpenReadOnly();

        var e = Assert.Throws<InvalidRequestException>(() => AutomationRun.Write(ws, "tnosuchtype", simulated.File("none")));

        Assert.Contains("tnosuchtype", e.Message, StringComparison.Ordinal);
        Assert.Contains(key, e.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(simulated.File("none")));
    }
}
