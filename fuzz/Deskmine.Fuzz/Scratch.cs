namespace Deskmine.Fuzz;

/// <summary>The file a reader target writes its input to: the readers take paths, as <c>deskmine import</c> does.
/// One per process and extension, in memory (<c>/dev/shm</c>) where there is one, so an execution costs no disk.</summary>
internal static class Scratch
{
    private static readonly string Folder = CreateFolder();

    public static string Write(byte[] data, string extension)
    {
        var path = Path.Combine(Folder, "input" + extension);
        File.WriteAllBytes(path, data);
        return path;
    }

    private static string CreateFolder()
    {
        var parent = Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath();
        var folder = Path.Combine(parent, $"deskmine-fuzz-{Environment.ProcessId}");
        Directory.CreateDirectory(folder);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Directory.Delete(folder, recursive: true); }
            catch (IOException) { /* best effort */ }
        };
        return folder;
    }
}
