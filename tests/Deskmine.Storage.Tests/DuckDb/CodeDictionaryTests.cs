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
}
