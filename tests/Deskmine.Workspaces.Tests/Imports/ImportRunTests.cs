using Deskmine.Core.Errors;
using Deskmine.Workspaces.Imports;
using Deskmine.Workspaces.Tests.Support;

namespace Deskmine.Workspaces.Tests.Imports;

public sealed class ImportRunTests
{
    [Fact]
    public void Importing_the_same_file_again_is_refused_and_with_append_adds_to_the_workspace()
    {
        using var dir = new TempDir();
        var file = dir.File("log.csv");
        File.WriteAllText(file, "case_id,activity,timestamp\n1,a,2024-01-01 08:00:00\n1,b,2024-01-01 08:01:00\n");

        var first = ImportRun.Run(dir.File("ws"), new ImportRequest { Path = file });
        var refused = Assert.Throws<InputException>(() => ImportRun.Run(dir.File("ws"), new ImportRequest { Path = file, Session = "again" }));
        var second = ImportRun.Run(dir.File("ws"), new ImportRequest { Path = file, Session = "again", Append = true });

        Assert.Equal(2, first.Imported);
        Assert.Equal(2, second.Imported);
        Assert.Equal(4, second.WorkspaceTotal);
        Assert.Equal(Path.GetFullPath(dir.File("ws")), second.WorkspaceDirectory);
        Assert.Contains("already in the workspace", refused.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_import_records_the_files_content_hash_whether_it_was_checked_first_or_computed_beside_the_append()
    {
        using var dir = new TempDir();
        var file = dir.File("log.csv");
        File.WriteAllText(file, "case_id,activity,timestamp\n1,a,2024-01-01 08:00:00\n1,b,2024-01-01 08:01:00\n");
        var other = dir.File("other.csv");
        File.WriteAllText(other, "case_id,activity,timestamp\n2,a,2024-01-02 08:00:00\n");
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(file)));

        ImportRun.Run(dir.File("ws"), new ImportRequest { Path = file });                                     // first: beside the append
        ImportRun.Run(dir.File("ws"), new ImportRequest { Path = other });                                    // checked first
        ImportRun.Run(dir.File("ws"), new ImportRequest { Path = file, Session = "again", Append = true });   // --append: beside

        var ledger = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(dir.File("ws"), "imports.json"))).RootElement;
        var hashes = ledger.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("sha256").GetString()).ToList();
        Assert.Equal([expected, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(other))), expected], hashes);
    }

    [Fact]
    public void A_first_import_that_fails_in_its_append_reports_the_append_error_and_leaves_no_workspace()
    {
        using var dir = new TempDir();
        var file = dir.File("bad.csv");
        File.WriteAllText(file, "case_id,activity,timestamp\n1,a,2024-01-01 08:00:00\n1,b,not a time\n");

        var error = Assert.Throws<InputException>(() => ImportRun.Run(dir.File("ws"), new ImportRequest { Path = file }));

        Assert.Contains("not a time", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dir.File("ws")));
    }

    [Fact]
    public void A_missing_file_fails_before_the_workspace_is_created()
    {
        using var dir = new TempDir();

        Assert.Throws<InputException>(() => ImportRun.Run(dir.File("ws"), new ImportRequest { Path = dir.File("none.csv") }));

        Assert.False(Directory.Exists(dir.File("ws")));
    }
}
