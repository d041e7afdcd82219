using Deskmine.Storage.DuckDb;
using Deskmine.Storage.Workspaces;

namespace Deskmine.Storage.Tests.DuckDb;

public sealed class ResultRowsTests
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["click Chrome [New Record] <https://crm.example/app?x=1&y=2> 'Save'"] = "Chrome – New Record: click 'Save'",
        ["click Chrome [New Record] <https://crm.example/app?x=2&y=2> 'Save'"] = "Chrome – New Record: click 'Save'",
        ["copy SAP [MIRO \"Enter\" Rechnung prüfen]"] = "SAP – MIRO Rechnung prüfen: copy",
    };

    [Fact]
    public void Rows_replace_the_rows_and_the_document_stored_before_and_read_back_after_reopening()
    {
        using var temp = new TempWorkspace();
        using (var ws = Workspace.Open(temp.Path))
        {
            ws.Events.PutResult("names", """{"old":"document"}""");
            ws.Events.PutResultRows("names", new Dictionary<string, string> { ["older"] = "row" });
            ws.Events.PutResultRows("names", Names);
            ws.Events.PutResultRows("other", new Dictionary<string, string> { ["kept"] = "apart" });
        }

        using var reopened = Workspace.OpenReadOnly(temp.Path);
        Assert.Equal(Names, reopened.Events.GetResultRows("names"));
        Assert.Null(reopened.Events.GetResult("names"));
        Assert.Equal("apart", Assert.Single(reopened.Events.GetResultRows("other")!).Value);
        Assert.Null(reopened.Events.GetResultRows("missing"));
    }

    [Fact]
    public void A_document_stored_after_rows_replaces_them()
    {
        using var temp = new TempWorkspace();
        using var ws = Workspace.Open(temp.Path);
        ws.Events.PutResultRows("names", Names);

        ws.Events.PutResult("names", """{"a":"b"}""");

        Assert.Equal(new Dictionary<string, string> { ["a"] = "b" }, ws.Events.GetResultRows("names"));
    }

    [Fact]
    public void A_workspace_written_before_results_could_be_rows_reads_its_document_as_rows()
    {
        using var temp = new TempWorkspace();
        using (var ws = Workspace.Open(temp.Path))
        {
            ws.Events.PutResult("names", """{"label":"name","other":"name"}""");
            ((DuckDbEventStore)ws.Events).Execute("DROP TABLE result_rows");
        }

        using var reopened = Workspace.OpenReadOnly(temp.Path);
        Assert.Equal(new Dictionary<string, string> { ["label"] = "name", ["other"] = "name" }, reopened.Events.GetResultRows("names"));
    }

    [Fact]
    public void Rows_read_back_share_one_string_per_distinct_value()
    {
        using var temp = new TempWorkspace();
        using var ws = Workspace.Open(temp.Path);
        ws.Events.PutResultRows("names", Names);

        var back = ws.Events.GetResultRows("names")!;

        Assert.Same(back[Names.Keys.First()], back[Names.Keys.ElementAt(1)]);
    }
}
