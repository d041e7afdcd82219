namespace Deskmine.Storage.Formats.Ocel;

/// <summary>An object attribute taking a new value at a time.</summary>
/// <param name="ObjectId">The object.</param>
/// <param name="Time">When the value was set, microseconds since the Unix epoch (UTC).</param>
/// <param name="Attribute">The attribute.</param>
/// <param name="Value">Its new value as text.</param>
public sealed record OcelChange(string ObjectId, long Time, string Attribute, string Value);
