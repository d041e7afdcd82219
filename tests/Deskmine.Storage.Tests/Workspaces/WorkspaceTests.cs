using Deskmine.Core.Errors;
using Deskmine.Storage.Workspaces;
using Microsoft.Extensions.Time.Testing;

namespace Deskmine.Storage.Tests.Workspaces;

public sealed class WorkspaceTests
{
    [Fact]
    public void Open_creates_the_database_and_workspace_json_with_the_injected_time()
    {
        using var temp = new TempWorkspace();
        var dir = Path.Combine(temp.Path, "ws");
        var clock = new FakeTimeProvider(new DateTimeOffset(2024, 3, 1, 8, 0, 0, TimeSpan.Zero));

        using (var ws = Workspace.Open(dir, new WorkspaceOptions { TimeProvider = clock }))
        {
            Assert.Equal(Workspace.SchemaVersion, ws.Info.SchemaVersion);
            Assert.Equal(clock.GetUtcNow(), ws.Info.CreatedAt);
        }

        Assert.True(File.Exists(Path.Combine(dir, Workspace.DatabaseFileName)));
        Assert.Contains("\"schemaVersion\": 2", File.ReadAllText(Path.Combine(dir, Workspace.InfoFileName)), StringComparison.Ordinal);
    }

    [Fact]
    public void Reopening_keeps_events_and_the_creation_time()
    {
        using var temp = new TempWorkspace();
        var clock = new FakeTimeProvider(new DateTimeOffset(2024, 3, 1, 8, 0, 0, TimeSpan.Zero));
        using (var ws = Workspace.Open(temp.Path, new WorkspaceOptions { TimeProvider = clock }))
            ws.Events.Append([Some.ImportedEvent("c1", "A", 1), Some.ImportedEvent("c1", "B", 2)]);

        clock.Advance(TimeSpan.FromDays(3));
        using (var ws = Workspace.Open(temp.Path, new WorkspaceOptions { TimeProvider = clock, RequireExisting = true }))
        {
            Assert.Equal(2, ws.Events.Count());
            Assert.Equal(new DateTimeOffset(2024, 3, 1, 8, 0, 0, TimeSpan.Zero), ws.Info.CreatedAt);
            ws.Events.Append([Some.ImportedEvent("c2", "A", 3)]);
            Assert.Equal(3, ws.Events.Count());
            Assert.Equal([0L, 1L, 2L], ws.Events.ReadLog(new() { CaseNotion = "case" }).EventRefs);
        }
    }

    [Fact]
    public void A_second_writer_gets_a_clear_error_and_the_first_keeps_working()
    {
        using var temp = new TempWorkspace();
        using var first = Workspace.Open(temp.Path);
        first.Events.Append([Some.ImportedEvent("c1", "A", 1)]);

        var error = Assert.Throws<WorkspaceLockedException>(() => Workspace.Open(temp.Path));
        Assert.Contains($"workspace {temp.Path} is in use by another process", error.Message, StringComparison.Ordinal);
        Assert.Throws<WorkspaceLockedException>(() => Workspace.OpenReadOnly(temp.Path));

        first.Events.Append([Some.ImportedEvent("c1", "B", 2)]);
        Assert.Equal(2, first.Events.Count());
    }

    [Fact]
    public void The_workspace_can_be_opened_again_after_the_writer_closes()
    {
        using var temp = new TempWorkspace();
        Workspace.Open(temp.Path).Dispose();
        using var again = Workspace.Open(temp.Path);
        Assert.Equal(0, again.Events.Count());
    }

    [Fact]
    public void Readers_share_a_workspace_and_refuse_writes()
    {
        using var temp = new TempWorkspace();
        using (var ws = Workspace.Open(temp.Path))
            ws.Events.Append([Some.ImportedEvent("c1", "A", 1)]);

        using var reader1 = Workspace.OpenReadOnly(temp.Path);
        using var reader2 = Workspace.OpenReadOnly(temp.Path);
        Assert.Equal(1, reader1.Events.Count());
        Assert.Equal(1, reader2.Events.Count());
        Assert.Throws<InvalidOperationException>(() => reader1.Events.Append([Some.ImportedEvent("c1", "B", 2)]));
        Assert.Throws<WorkspaceLockedException>(() => Workspace.Open(temp.Path));
    }

    [Fact]
    public void Requiring_an_existing_workspace_in_an_empty_directory_names_the_problem()
    {
        using var temp = new TempWorkspace();
        var error = Assert.Throws<InputException>(() => Workspace.Open(temp.Path, new WorkspaceOptions { RequireExisting = true }));
        Assert.Contains("no Deskmine workspace here", error.Message, StringComparison.Ordinal);
        Assert.Throws<InputException>(() => Workspace.OpenReadOnly(temp.Path));
    }

    [Theory]
    [InlineData("1GB", 0)]
    [InlineData("lots", 2)]
    [InlineData("", 2)]
    public void Invalid_options_are_refused(string memory, int threads)
    {
        var options = new WorkspaceOptions { MemoryLimit = memory, Threads = threads };
        Assert.ThrowsAny<ArgumentException>(options.Validate);
    }

    [Fact]
    public void The_default_memory_limit_is_a_quarter_of_available_memory_and_at_least_a_gigabyte()
    {
        var limit = new WorkspaceOptions().MemoryLimit;
        new WorkspaceOptions { MemoryLimit = limit }.Validate();
        Assert.EndsWith("MB", limit, StringComparison.Ordinal);
        var mb = long.Parse(limit[..^2], System.Globalization.CultureInfo.InvariantCulture);
        var quarter = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 4 / (1024 * 1024);
        Assert.Equal(Math.Max(1024L, quarter), mb);
        // DuckDB takes the setting as it is written.
        using var temp = new TempWorkspace();
        Workspace.Open(temp.Path).Dispose();
    }

    [Fact]
    public void A_newer_schema_version_is_refused_with_the_file_named()
    {
        using var temp = new TempWorkspace();
        Workspace.Open(temp.Path).Dispose();
        var info = Path.Combine(temp.Path, Workspace.InfoFileName);
        File.WriteAllText(info, """{ "schemaVersion": 99, "createdAt": "2024-03-01T08:00:00Z" }""");
        var error = Assert.Throws<InputException>(() => Workspace.Open(temp.Path));
        Assert.Equal(info, error.Source);
    }

    [Fact]
    public void A_version_1_workspace_is_refused_with_a_request_to_import_again()
    {
        using var temp = new TempWorkspace();
        Workspace.Open(temp.Path).Dispose();
        var info = Path.Combine(temp.Path, Workspace.InfoFileName);
        File.WriteAllText(info, """{ "schemaVersion": 1, "createdAt": "2024-03-01T08:00:00Z" }""");
        var error = Assert.Throws<InputException>(() => Workspace.Open(temp.Path));
        Assert.Equal(info, error.Source);
        Assert.Contains("import", error.Message, StringComparison.Ordinal);
    }
}
