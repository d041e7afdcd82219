namespace Deskmine.Workspaces.Tests.ClickHouse;

/// <summary>The 25 shared reference logs (<c>../shared/data/eventlogs/logs</c> beside the repository), when present.</summary>
internal static class ReferenceLogs
{
    public const string Missing = "The shared reference logs (../shared/data/eventlogs/logs) are not in this checkout.";

    public static string? Folder { get; } = Find();

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        if (Folder is null)
        {
            data.Add(Missing);
            return data;
        }
        foreach (var file in Directory.GetFiles(Folder).Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(file));
        return data;
    }

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "Deskmine.slnx")))
                continue;
            foreach (var candidate in new[] { Path.Combine(dir.FullName, "..", "shared", "data", "eventlogs", "logs"), Path.Combine(dir.FullName, "..", "shared", "data", "data", "eventlogs", "logs") })
            {
                if (Directory.Exists(candidate))
                    return Path.GetFullPath(candidate);
            }
            return null;
        }
        return null;
    }
}
