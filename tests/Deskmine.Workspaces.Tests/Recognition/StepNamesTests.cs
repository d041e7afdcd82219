using System.Text.Json;
using Deskmine.Storage;
using Deskmine.Workspaces.Recognition;

namespace Deskmine.Workspaces.Tests.Recognition;

public sealed class StepNamesTests
{
    [Fact]
    public void Stored_names_are_the_serializers_document_and_read_back_unchanged()
    {
        // Labels carry the characters the default encoder escapes: quotes, angle brackets, dashes, non-ASCII text.
        var names = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["click Chrome [New Record] <https://crm.example/app?x=1&y=2> 'Save'"] = "Chrome – New Record: click 'Save'",
            ["typeText Excel [Book1] 'A<*>'"] = "Excel: type into cell in column A",
            ["copy SAP [MIRO \"Enter\" Rechnung prüfen]"] = "SAP – MIRO Rechnung prüfen: copy",
            ["switch 日本語 \\ path"] = "日本語: switch",
        };
        using var store = EventStores.InMemory();

        new StepNames(names).Write(store);

        Assert.Equal(JsonSerializer.Serialize<IReadOnlyDictionary<string, string>>(names), store.GetResult(StepNames.ResultKey));
        Assert.Equal(names, StepNames.Read(store)!.NameOfLabel);
    }
}
