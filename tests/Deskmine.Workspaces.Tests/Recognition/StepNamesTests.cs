using System.Text.Json;
using Deskmine.Mining.Recognition;
using Deskmine.Storage;
using Deskmine.Workspaces.Recognition;

namespace Deskmine.Workspaces.Tests.Recognition;

public sealed class StepNamesTests
{
    // Labels carry the characters the default encoder escapes: quotes, angle brackets, dashes, non-ASCII text.
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["click Chrome [New Record] <https://crm.example/app?x=1&y=2> 'Save'"] = "Chrome – New Record: click 'Save'",
        ["typeText Excel [Book1] 'A<*>'"] = "Excel: type into cell in column A",
        ["copy SAP [MIRO \"Enter\" Rechnung prüfen]"] = "SAP – MIRO Rechnung prüfen: copy",
        ["switch 日本語 \\ path"] = "日本語: switch",
    };

    [Fact]
    public void Stored_names_are_rows_not_one_document_and_read_back_unchanged()
    {
        using var store = EventStores.InMemory();

        new StepNames(Names).Write(store);

        Assert.Null(store.GetResult(StepNames.ResultKey));
        Assert.Equal(Names, store.GetResultRows(StepNames.ResultKey));
        Assert.Equal(Names, StepNames.Read(store)!.NameOfLabel);
    }

    [Fact]
    public void Names_stored_as_one_document_by_an_earlier_run_read_the_same()
    {
        using var store = EventStores.InMemory();
        store.PutResult(StepNames.ResultKey, JsonSerializer.Serialize(Names));

        Assert.Equal(Names, StepNames.Read(store)!.NameOfLabel);
    }

    [Fact]
    public void A_stored_document_that_is_not_an_object_of_strings_is_an_input_error()
    {
        using var store = EventStores.InMemory();
        store.PutResult(StepNames.ResultKey, "[1, 2]");

        Assert.Throws<Core.Errors.InputException>(() => StepNames.Read(store));
    }

    [Fact]
    public void A_runs_names_are_stored_without_the_labels_that_have_no_name()
    {
        using var store = EventStores.InMemory();
        var tasks = new RecognizedTasks
        {
            Segments = [],
            TaskTypes = [],
            Suspensions = [],
            StepNames = new Dictionary<string, string>(Names) { ["unnamed"] = "" },
        };

        StepNames.Write(store, tasks);

        Assert.Equal(Names, StepNames.Read(store)!.NameOfLabel);
        Assert.Equal(StepNames.From(tasks).NameOfLabel, StepNames.Read(store)!.NameOfLabel);
    }
}
