using System.Text.Encodings.Web;
using System.Text.Json;

namespace Deskmine.Analysis.Automation;

/// <summary>JSON text for generated files, readable (no escaping of non-ASCII letters) and valid.</summary>
internal static class Json
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    /// <summary>A JSON string literal.</summary>
    public static string Text(string value) => JsonSerializer.Serialize(value, Options);

    /// <summary>An indented JSON array of records of strings.</summary>
    public static string Records(IReadOnlyList<IReadOnlyDictionary<string, string>> records) =>
        JsonSerializer.Serialize(records, Options).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
}
