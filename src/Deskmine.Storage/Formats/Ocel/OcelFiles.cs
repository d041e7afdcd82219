using System.Text;

namespace Deskmine.Storage.Formats.Ocel;

/// <summary>The three OCEL 2.0 encodings and how a file's is recognised.</summary>
public static class OcelFiles
{
    /// <summary>Whether <paramref name="path"/> looks like an OCEL 2.0 file: by its extension (<c>.jsonocel</c>,
    /// <c>.xmlocel</c>, <c>.sqlite</c>), else by its first bytes (a SQLite database, or JSON / XML naming object types).</summary>
    public static bool IsOcel(string path) => EncodingOf(path) is not null;

    /// <summary>The encoding of an OCEL 2.0 file, or <c>null</c> when it is none.</summary>
    public static OcelEncoding? EncodingOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.EndsWith(".jsonocel", StringComparison.OrdinalIgnoreCase))
            return OcelEncoding.Json;
        if (path.EndsWith(".xmlocel", StringComparison.OrdinalIgnoreCase))
            return OcelEncoding.Xml;
        if (!File.Exists(path))
            return null;
        var head = Head(path);
        if (head.StartsWith("SQLite format 3\0", StringComparison.Ordinal))
            return OcelEncoding.Sqlite;
        var text = head.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (text.StartsWith('{') && (head.Contains("\"objectTypes\"", StringComparison.Ordinal) || head.Contains("\"eventTypes\"", StringComparison.Ordinal)))
            return OcelEncoding.Json;
        if (text.StartsWith('<') && (head.Contains("<object-types", StringComparison.Ordinal) || head.Contains("<event-types", StringComparison.Ordinal)))
            return OcelEncoding.Xml;
        return null;
    }

    private static string Head(string path)
    {
        using var file = File.OpenRead(path);
        var buffer = new byte[4096];
        var n = file.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        return Encoding.Latin1.GetString(buffer, 0, n);
    }
}
