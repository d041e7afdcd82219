namespace Deskmine.Cli.Tests.Support;

/// <summary>Locates <c>../shared</c> beside the repository; tests that need it skip when it is absent.</summary>
internal static class SharedData
{
    public static string? Root { get; } = Find();

    public const string MissingReason = "../shared (reference logs) is not beside this checkout; CI always has it";

    public static string PathOf(string relative) =>
        System.IO.Path.Combine(Root ?? throw new InvalidOperationException(MissingReason), relative);

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Deskmine.slnx")))
            {
                var shared = System.IO.Path.GetFullPath(System.IO.Path.Combine(dir.FullName, "..", "shared"));
                return Directory.Exists(shared) ? shared : null;
            }
        }
        return null;
    }
}
