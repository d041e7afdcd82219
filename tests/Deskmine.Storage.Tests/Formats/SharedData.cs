namespace Deskmine.Storage.Tests.Formats;

/// <summary>Locates <c>../shared/data</c> beside the repository (present in CI, absent in a user's clone).</summary>
internal static class SharedData
{
    public const string MissingReason = "../shared/data is not present beside the repository (only CI and the project machines have it).";

    public static string? Root { get; } = Find();

    public static string Path(string relative) => System.IO.Path.Combine(Root!, relative);

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Deskmine.slnx")))
            {
                var data = System.IO.Path.Combine(dir.FullName, "..", "shared", "data");
                return Directory.Exists(data) ? System.IO.Path.GetFullPath(data) : null;
            }
        }
        return null;
    }
}
