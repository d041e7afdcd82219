namespace Deskmine.Mining.Tests;

/// <summary>Finds the shared data folder (<c>../shared</c> beside the repository root), when present.</summary>
internal static class SharedData
{
    /// <summary>The path of <c>../shared</c>, or <c>null</c> when this checkout has none.</summary>
    public static string? Root { get; } = Find();

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Deskmine.slnx")))
            {
                var shared = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
                return Directory.Exists(shared) ? shared : null;
            }
        }
        return null;
    }
}
