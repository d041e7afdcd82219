using Deskmine.Cli.Tests.Support;

namespace Deskmine.Cli.Tests.Commands;

/// <summary><c>deskmine workspace create</c>: the engines and the errors a user meets before any server is involved.</summary>
public sealed class WorkspaceCommandTests
{
    [Fact]
    public void Create_makes_an_empty_DuckDB_workspace_by_default()
    {
        using var dir = new TempDir();
        var run = CliRun.Of("workspace", "create", dir.File("ws"));

        Assert.Equal(CliApp.Ok, run.ExitCode);
        Assert.Contains("(DuckDB)", run.Out, StringComparison.Ordinal);
        Assert.Contains("\"engine\": \"duckdb\"", File.ReadAllText(Path.Combine(dir.File("ws"), "workspace.json")), StringComparison.Ordinal);
        Assert.Equal(CliApp.BadInput, CliRun.Of("workspace", "create", dir.File("ws")).ExitCode);
    }

    [Fact]
    public void ClickHouse_at_an_address_where_nothing_answers_is_a_clear_error()
    {
        using var dir = new TempDir();
        var run = CliRun.Of("workspace", "create", dir.File("ws"), "--engine", "clickhouse", "--url", "http://127.0.0.1:1/");

        Assert.Equal(CliApp.BadInput, run.ExitCode);
        Assert.Contains("http://127.0.0.1:1/: no ClickHouse server answers here", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dir.File("ws")));
    }

    [Theory]
    [InlineData("--engine", "clickhouse")]
    [InlineData("--engine", "postgres")]
    [InlineData("--url", "http://127.0.0.1:8123/")]
    public void Missing_or_misplaced_options_are_usage_errors(string option, string value)
    {
        using var dir = new TempDir();
        var run = CliRun.Of("workspace", "create", dir.File("ws"), option, value);

        Assert.Equal(CliApp.Usage, run.ExitCode);
        Assert.Contains("--", run.Error, StringComparison.Ordinal);
    }
}
