namespace Deskmine.Core.IO;

/// <summary>Files a command keeps only while it runs (what a run spills from memory).</summary>
public static class TemporaryFile
{
    /// <summary>
    /// A new file in <paramref name="directory"/> (the system's temporary folder when <c>null</c>), named
    /// <c>deskmine-<paramref name="purpose"/>-…</c>, open for reading and writing.
    /// </summary>
    /// <remarks>
    /// Where the system allows it (not Windows) the file's name is removed as soon as it is open: its contents live only
    /// as long as the handle, so a run that is killed leaves nothing behind. On Windows it goes when it is closed.
    /// </remarks>
    public static FileStream Create(string purpose, int bufferSize, FileOptions options = FileOptions.None, string? directory = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(purpose);
        var path = Path.Combine(directory ?? Path.GetTempPath(), "deskmine-" + purpose + "-" + Guid.NewGuid().ToString("N") + ".bin");
        var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, bufferSize, options | FileOptions.DeleteOnClose);
        if (!OperatingSystem.IsWindows())
            File.Delete(path);
        return file;
    }
}
