using System.Text;
using Deskmine.Storage.Workspaces;

namespace Deskmine.Storage.Tests.DuckDb;

public sealed class PutResultUtf8Tests
{
    [Fact]
    public void A_document_given_in_utf8_replaces_the_previous_one_and_reads_back_as_text()
    {
        using var temp = new TempWorkspace();
        const string json = """{"copy SAP [MIRO Rechnung prüfen]":"SAP – MIRO: copy","日本語":"\u003Cx\u003E"}""";
        using (var ws = Workspace.Open(temp.Path))
        {
            ws.Events.PutResult("recognition.step_names", """{"old":"name"}""");
            ws.Events.PutResultUtf8("recognition.step_names", Encoding.UTF8.GetBytes(json));
        }

        using var reopened = Workspace.OpenReadOnly(temp.Path);
        Assert.Equal(json, reopened.Events.GetResult("recognition.step_names"));
    }
}
