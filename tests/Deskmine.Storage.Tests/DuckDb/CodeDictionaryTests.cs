using Deskmine.Storage.DuckDb;
using Deskmine.Storage.Workspaces;

namespace Deskmine.Storage.Tests.DuckDb;

public sealed class CodeDictionaryTests
{
    [Fact]
    public void Codes_loaded_from_the_file_are_found_by_text_and_new_ones_follow_them_after_a_rollback()
    {
        using var temp = new TempWorkspace();
        using (var ws = Workspace.Open(temp.Path))
        {
            var store = (DuckDbEventStore)ws.Events;
            store.Execute("INSERT INTO names VALUES (0, 'SAP'), (1, 'Excel'), (2, 'Outlook')");
        }
        var names = new CodeDictionary("names");
        using (var connection = new DuckDB.NET.Data.DuckDBConnection($"Data Source={Path.Combine(temp.Path, Workspace.DatabaseFileName)};ACCESS_MODE=READ_ONLY"))
        {
            connection.Open();
            names.Load(connection, temp.Path);

            Assert.Equal("Excel", names.Name(1));
            // Texts are looked up only when a code is asked for by text: before any look-up, a rollback forgets nothing loaded.
            names.RollBack();
            Assert.Equal(3, names.Count);
            Assert.Equal(2, names.Code("Outlook"));
            Assert.Equal(3, names.Code("Chrome"));
            names.RollBack();
            Assert.Equal(3, names.Count);
            Assert.Equal(3, names.Code("Teams"));
            Assert.Equal(0, names.Code("SAP"));
        }
    }

    [Fact]
    public void Loaded_texts_read_back_as_stored_one_string_per_code_and_a_new_one_only_when_asked_for()
    {
        using var temp = new TempWorkspace();
        string[] texts = ["SAP", "", "Rechnung prüfen – 日本語 😀", new string('x', 1_500_000), "Excel"];
        using (var ws = Workspace.Open(temp.Path))
        {
            var store = (DuckDbEventStore)ws.Events;
            store.Execute("INSERT INTO names VALUES " + string.Join(", ", texts.Select((t, i) => $"({i}, '{t}')")));
        }
        var names = new CodeDictionary("names");
        using var connection = new DuckDB.NET.Data.DuckDBConnection($"Data Source={Path.Combine(temp.Path, Workspace.DatabaseFileName)};ACCESS_MODE=READ_ONLY");
        connection.Open();
        names.Load(connection, temp.Path);

        Assert.Equal(texts, Enumerable.Range(0, texts.Length).Select(names.NewName));
        Assert.NotSame(names.NewName(2), names.NewName(2));
        Assert.Equal(texts, Enumerable.Range(0, texts.Length).Select(names.Name));
        Assert.Same(names.Name(2), names.Name(2));
        // Once made, a code's string is the one given either way.
        Assert.Same(names.Name(4), names.NewName(4));
        Assert.Throws<ArgumentOutOfRangeException>(() => names.Name(texts.Length));
        Assert.Equal(3, names.Code(texts[3]));
        Assert.Equal(texts.Length, names.Code("Chrome"));
        Assert.Same(names.Name(texts.Length), names.NewName(texts.Length));
    }

    [Fact]
    public void A_persons_names_are_numbered_in_order_of_use_and_the_next_person_starts_afresh()
    {
        var names = new CodeDictionary("names");
        foreach (var t in new[] { "SAP", "Excel", "Outlook", "Chrome" })
            names.Code(t);
        var person = new PersonNames(names);

        Assert.Equal([0, 1, 0, 2], new[] { 3, 1, 3, 0 }.Select(person.Local));
        Assert.Equal(["Chrome", "Excel", "SAP"], person.Take());
        Assert.Equal([0, 1], new[] { 1, 2 }.Select(person.Local));
        names.Code("Teams");
        Assert.Equal(2, person.Local(4));
        Assert.Equal(["Excel", "Outlook", "Teams"], person.Take());
        Assert.Throws<ArgumentOutOfRangeException>(() => person.Local(5));
    }
}
