namespace Deskmine.Storage.Formats.Ocel;

/// <summary>An event type or object type of an OCEL 2.0 log with its declared attributes.</summary>
/// <param name="Name">The type's name (an event's activity, an object's type).</param>
/// <param name="Attributes">Declared attributes: name and OCEL type (<c>string</c>, <c>time</c>, <c>integer</c>, <c>float</c>, <c>boolean</c>).</param>
public sealed record OcelType(string Name, IReadOnlyList<OcelAttribute> Attributes);
