namespace Deskmine.Storage.Formats.Ocel;

/// <summary>An OCEL 2.0 event.</summary>
/// <param name="Id">Its identifier in the log.</param>
/// <param name="Type">Its event type (the activity).</param>
/// <param name="Time">When it happened, microseconds since the Unix epoch (UTC).</param>
/// <param name="Attributes">Attribute values as text, in file order.</param>
public sealed record OcelEvent(string Id, string Type, long Time, IReadOnlyList<KeyValuePair<string, string>> Attributes);
