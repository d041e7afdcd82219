using Deskmine.Core.Errors;

namespace Deskmine.Storage.Formats.Ocel;

/// <summary>
/// Reads an OCEL 2.0 log (JSON, XML or SQLite; <see href="https://www.ocel-standard.org/"/>) into an
/// <see cref="OcelLog"/>, checked whole before it is returned, so an importer stores all of it or nothing.
/// Times without an offset (what the XML and SQLite encodings usually hold) are read as UTC. An object attribute
/// stamped at the Unix epoch is the object's initial value; later stamps are changes.
/// </summary>
public static class OcelReader
{
    /// <summary>Reads <paramref name="path"/>, in the encoding its name or first bytes show.</summary>
    /// <exception cref="InputException">The file is missing, not OCEL 2.0, or malformed (naming what and where).</exception>
    public static OcelLog Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        InputFiles.RequireFile(path);
        return OcelFiles.EncodingOf(path) switch
        {
            OcelEncoding.Json => OcelJsonReader.Read(path),
            OcelEncoding.Xml => OcelXmlReader.Read(path),
            OcelEncoding.Sqlite => OcelSqliteReader.Read(path),
            _ => throw new InputException(path, null, null,
                "is not an OCEL 2.0 log: expected a .jsonocel (JSON), .xmlocel (XML) or SQLite file with object types and events."),
        };
    }

    /// <summary>Parses an OCEL time; text without an offset is UTC.</summary>
    internal static long Time(string? text, string path, long? line, string where)
    {
        if (text is null)
            throw new InputException(path, line, null, $"{where}: required field 'time' is missing.");
        if (!TimestampText.TryParse(text.AsSpan().Trim(), out var micros))
            throw new InputException(path, line, null, $"{where}: time '{text}' is not an ISO 8601 timestamp in years 1 to 9999.");
        return micros;
    }
}
