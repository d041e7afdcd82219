namespace Deskmine.Storage.Formats.Ocel;

/// <summary>An OCEL 2.0 object with its initial attribute values (timed changes are <see cref="OcelChange"/>s).</summary>
/// <param name="Id">Its identifier in the log.</param>
/// <param name="Type">Its object type.</param>
/// <param name="Attributes">Initial attribute values as text, in file order.</param>
public sealed record OcelObject(string Id, string Type, IReadOnlyList<KeyValuePair<string, string>> Attributes);
