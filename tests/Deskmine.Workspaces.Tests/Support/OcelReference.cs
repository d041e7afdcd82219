using System.Text.Json;

namespace Deskmine.Workspaces.Tests.Support;

/// <summary>
/// The OCEL 2.0 example log in its three encodings and pm4py's figures for it, in <c>../shared/data/ocel</c> beside the
/// repository (present on the project machines and in CI, absent in a user's clone).
/// </summary>
internal static class OcelReference
{
    public const string MissingReason = "../shared/data/ocel is not present beside the repository.";

    public static readonly string[] Files = ["ocel20_example.jsonocel", "ocel20_example.xmlocel", "ocel20_example.sqlite"];

    public static string? Folder { get; } = Find();

    public static string Path(string name) => System.IO.Path.Combine(Folder!, name);

    /// <summary>pm4py's figures for <paramref name="file"/> (<c>expected.json</c>, <c>files.&lt;file&gt;</c>).</summary>
    public static JsonElement Expected(string file)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path("expected.json")));
        return doc.RootElement.GetProperty("files").GetProperty(file).Clone();
    }

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Deskmine.slnx")))
            {
                var data = System.IO.Path.Combine(dir.FullName, "..", "shared", "data", "ocel");
                return Directory.Exists(data) ? System.IO.Path.GetFullPath(data) : null;
            }
        }
        return null;
    }
}
