using Deskmine.Core.Errors;

namespace Deskmine.Storage.Formats;

/// <summary>The checks every reader makes before opening a log file, so each bad path gets the same clear message.</summary>
internal static class InputFiles
{
    /// <summary>Throws an <see cref="InputException"/> unless <paramref name="path"/> is an existing file.</summary>
    public static void RequireFile(string path)
    {
        if (Directory.Exists(path))
            throw new InputException(path, null, null, "is a directory; expected a log file (CSV, XES or XES.gz).");
        if (!File.Exists(path))
            throw new InputException(path, null, null, "file not found.");
    }
}
