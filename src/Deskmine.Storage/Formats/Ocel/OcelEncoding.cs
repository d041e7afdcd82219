namespace Deskmine.Storage.Formats.Ocel;

/// <summary>An OCEL 2.0 encoding.</summary>
public enum OcelEncoding
{
    /// <summary>JSON (<c>.jsonocel</c>).</summary>
    Json,

    /// <summary>XML (<c>.xmlocel</c>).</summary>
    Xml,

    /// <summary>SQLite (<c>.sqlite</c>).</summary>
    Sqlite,
}
