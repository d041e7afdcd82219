using System.Diagnostics;
using Deskmine.Capture.Spool;
using Deskmine.Capture.Tests.Support;

namespace Deskmine.Capture.Tests.Spool;

/// <summary>Kills a real process (SIGKILL) while it writes to the spool, then checks what the file holds.</summary>
public sealed class SpoolCrashTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task A_killed_writer_loses_no_committed_event_and_leaves_no_gap()
    {
        var writer = Path.Combine(AppContext.BaseDirectory, "Deskmine.Capture.SpoolWriter.dll");
        Assert.True(File.Exists(writer), writer);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[] { writer, _dir.Path, "7" })
            start.ArgumentList.Add(a);
        var committed = new List<Guid>();
        using (var child = Process.Start(start)!)
        {
            while (committed.Count < 700)
            {
                var line = await child.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30));
                Assert.NotNull(line);
                committed.Add(Guid.Parse(line["committed ".Length..]));
            }
            child.Kill(); // SIGKILL on Linux: no finaliser, no dispose, mid-transaction.
            await child.WaitForExitAsync();
        }

        using var spool = SqliteSpool.Open(_dir.Path);
        var stored = spool.ReadAll();
        var ids = stored.Select(e => e.Id).ToHashSet();
        Assert.All(committed, id => Assert.Contains(id, ids));
        Assert.True(stored.Count >= committed.Count);
        var session = Assert.Single(stored.Select(e => e.Session).Distinct());
        Assert.NotEqual(spool.Session, session);
        Assert.Equal(Enumerable.Range(0, stored.Count).Select(i => (long)i), stored.Select(e => e.Seq));
        Assert.Equal(stored.Count, spool.Stats().Events);
        Assert.Equal(0, stored.Count % 7); // whole transactions only

        // Replaying what was committed stores nothing twice.
        var replay = spool.AppendBatch(stored);
        Assert.Equal(stored.Count, replay.Duplicates);
        Assert.Equal(0, replay.Stored);
    }
}
