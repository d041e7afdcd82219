using Deskmine.Storage.DuckDb;
using Deskmine.Storage.Workspaces;

namespace Deskmine.Storage.Tests.DuckDb;

public sealed class ReplaceDerivedTests
{
    [Fact]
    public void Many_rows_are_appended_under_the_small_append_limit_and_the_workspaces_limit_comes_back()
    {
        using var temp = new TempWorkspace();
        using var ws = Workspace.Open(temp.Path, new WorkspaceOptions { MemoryLimit = "1500MB" });
        var store = (DuckDbEventStore)ws.Events;
        var before = Setting(store);
        // Rows whose texts far outweigh the append limit: DuckDB must write them out as it goes rather than fail.
        var rows = Enumerable.Range(0, 300_000).Select(i => new DerivedRecord(
            Guid.CreateVersion7(), "s" + i / 50, "Post invoice", "case " + i / 50,
            $"click chrome.exe [Invoice {i} – Workflow – Google Chrome] <https://workflow.example.com/invoices/{i}?{Padding}> 'Confirm {i}'"));

        string? during = null;

        var stored = store.ReplaceDerived("run", rows.Select((r, i) =>
        {
            if (i == 0)
                during = Setting(store);
            return r;
        }));

        Assert.Equal(300_000, stored);
        Assert.Equal(300_000L, Convert.ToInt64(store.Scalar("SELECT count(DISTINCT label) FROM derived WHERE run = 'run'"), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(before, Setting(store));
        Assert.Equal("122.0 MiB", during);
    }

    private static readonly string Padding = new('p', 400);

    private static string? Setting(DuckDbEventStore store) => store.Scalar("SELECT current_setting('memory_limit')") as string;
}
