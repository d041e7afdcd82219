namespace Deskmine.Storage.Formats.Ocel;

/// <summary>A declared attribute of an OCEL 2.0 type.</summary>
/// <param name="Name">Attribute name.</param>
/// <param name="Type">OCEL type: <c>string</c>, <c>time</c>, <c>integer</c>, <c>float</c> or <c>boolean</c>.</param>
public sealed record OcelAttribute(string Name, string Type);
