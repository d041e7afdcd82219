using Deskmine.Core.Errors;
using Deskmine.Core.Logs;
using Deskmine.Workspaces.Imports;
using Deskmine.Workspaces.Sources;
using Deskmine.Workspaces.Tests.Support;

namespace Deskmine.Workspaces.Tests.Sources;

public sealed class LogSourcesTests
{
    private const string Csv = """
        case_id,activity,timestamp,resource
        1,register,2024-01-01 08:00:00,ann
        1,check,2024-01-01 09:00:00,bob
        2,register,2024-01-02 08:00:00,ann
        """;

    private sealed class Counter : IProgress<long>
    {
        public long Last { get; private set; } = -1;

        public void Report(long value) => Last = value;
    }

    [Fact]
    public void A_file_and_the_workspace_it_was_imported_into_read_as_the_same_log()
    {
        using var dir = new TempDir();
        var file = dir.File("log.csv");
        File.WriteAllText(file, Csv);
        ImportRun.Run(dir.File("ws"), new ImportRequest { Path = file });
        var query = LogSources.Query(CaseNotions.Imported, "activity", []);
        var fromFile = new Counter();
        var fromWorkspace = new Counter();

        var a = LogSources.Load(file, LogSourceOptions.Default with { Progress = fromFile }, query);
        var b = LogSources.Load(dir.File("ws"), LogSourceOptions.Default with { Progress = fromWorkspace }, query);

        Assert.Equal(3, a.EventCount);
        Assert.Equal(a.EventCount, b.EventCount);
        Assert.Equal(a.CaseCount, b.CaseCount);
        Assert.Equal(3, fromFile.Last);
        Assert.Equal(-1, fromWorkspace.Last);
    }

    [Fact]
    public void A_missing_path_is_an_input_error_naming_it()
    {
        var e = Assert.Throws<InputException>(() =>
            LogSources.Load("/nonexistent/deskmine.csv", LogSourceOptions.Default, new LogQuery()));

        Assert.Contains("/nonexistent/deskmine.csv", e.Message, StringComparison.Ordinal);
        Assert.Contains("no such file or workspace folder", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nope", "a", "--case must be one of")]
    [InlineData("auto", " , ", "--classifier needs at least one field")]
    public void A_bad_query_is_an_invalid_request_in_the_words_of_the_options(string caseNotion, string classifier, string message)
    {
        var e = Assert.Throws<InvalidRequestException>(() => LogSources.Query(caseNotion, classifier, []));

        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Opening_a_missing_workspace_for_reading_says_how_to_make_one()
    {
        var e = Assert.Throws<InputException>(() => WorkspaceAccess.OpenForReading("/nonexistent/ws"));

        Assert.Contains("deskmine import", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_workspace_open_for_writing_is_a_workspace_problem_for_a_second_writer()
    {
        using var dir = new TempDir();
        using var holder = WorkspaceAccess.OpenForWriting(dir.File("ws"));

        var e = Assert.Throws<WorkspaceProblemException>(() => WorkspaceAccess.OpenForWriting(dir.File("ws")));

        Assert.Contains("in use", e.Message, StringComparison.Ordinal);
    }
}
