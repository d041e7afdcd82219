using System.Security.Cryptography;
using System.Text.Json;
using Deskmine.Core.Errors;

namespace Deskmine.Storage.Workspaces;

/// <summary>
/// The files a workspace holds (<c>imports.json</c>), identified by content hash so the same log imported twice
/// (under any name) is recognised instead of silently doubling its events.
/// </summary>
public sealed class ImportLedger
{
    /// <summary>Name of the ledger file inside the workspace.</summary>
    public const string FileName = "imports.json";

    private readonly string _path;
    private readonly List<ImportedFile> _files;

    private ImportLedger(string path, List<ImportedFile> files)
    {
        _path = path;
        _files = files;
    }

    /// <summary>The files imported so far, oldest first.</summary>
    public IReadOnlyList<ImportedFile> Files => _files;

    /// <summary>The earlier import of a file with this hash, or null.</summary>
    public ImportedFile? Find(string sha256) => _files.Find(f => string.Equals(f.Sha256, sha256, StringComparison.OrdinalIgnoreCase));

    /// <summary>SHA-256 of the file's bytes as lower-case hex.</summary>
    public static string HashFile(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>Records a finished import; the file is replaced atomically so a crash leaves the old list.</summary>
    public void Add(ImportedFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        _files.Add(file);
        var temp = _path + ".tmp";
        using (var stream = File.Create(temp))
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("files");
            foreach (var f in _files)
            {
                writer.WriteStartObject();
                writer.WriteString("sha256", f.Sha256);
                writer.WriteString("path", f.Path);
                writer.WriteString("session", f.Session);
                writer.WriteNumber("events", f.Events);
                writer.WriteString("importedAt", f.ImportedAt.ToUniversalTime());
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        File.Move(temp, _path, overwrite: true);
    }

    /// <summary>Reads the ledger of the workspace in <paramref name="directory"/>; none yet is an empty one.</summary>
    internal static ImportLedger Load(string directory)
    {
        var path = Path.Combine(directory, FileName);
        var files = new List<ImportedFile>();
        if (!File.Exists(path))
            return new ImportLedger(path, files);
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
            foreach (var f in doc.RootElement.GetProperty("files").EnumerateArray())
            {
                files.Add(new ImportedFile(
                    f.GetProperty("sha256").GetString()!, f.GetProperty("path").GetString()!, f.GetProperty("session").GetString()!,
                    f.GetProperty("events").GetInt64(), f.GetProperty("importedAt").GetDateTimeOffset()));
            }
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or FormatException or InvalidOperationException)
        {
            throw new InputException(path, null, null, $"{FileName} is not valid: expected {{\"files\": [{{sha256, path, session, events, importedAt}}]}}.", e);
        }
        return new ImportLedger(path, files);
    }
}
