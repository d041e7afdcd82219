using System.Text.Json;
using System.Xml;

namespace Deskmine.Storage.Formats;

/// <summary>One typed XES attribute to write: <c>&lt;TYPE key="KEY" value="VALUE"/&gt;</c>, or a list of items.</summary>
/// <param name="Key">The attribute key.</param>
/// <param name="Type">An XES type (<see cref="XesTypes.ElementTypes"/>), <c>list</c> or <c>list:TYPE</c>.</param>
/// <param name="Value">The value's text; for a list, the JSON array of its items' values.</param>
internal readonly record struct XesAttribute(string Key, string Type, string Value)
{
    public void Write(XmlWriter xml)
    {
        if (Type.StartsWith("list", StringComparison.Ordinal))
        {
            WriteList(xml);
            return;
        }
        // A type the standard does not know (a hand-edited map) is written as a string rather than as invalid XES.
        xml.WriteStartElement(XesTypes.ElementTypes.Contains(Type) ? Type : "string");
        xml.WriteAttributeString("key", Key);
        xml.WriteAttributeString("value", Value);
        xml.WriteEndElement();
    }

    private void WriteList(XmlWriter xml)
    {
        List<string>? items;
        try
        {
            items = JsonSerializer.Deserialize(Value, AttrsJson.Default.ListString);
        }
        catch (JsonException)
        {
            items = null;
        }
        if (items is null)
        {
            // Not a list after all (edited by hand): keep the text.
            new XesAttribute(Key, "string", Value).Write(xml);
            return;
        }
        var itemType = Type.Length > 5 && XesTypes.ElementTypes.Contains(Type[5..]) ? Type[5..] : "string";
        xml.WriteStartElement("list");
        xml.WriteAttributeString("key", Key);
        xml.WriteStartElement("values");
        foreach (var item in items)
        {
            xml.WriteStartElement(itemType);
            xml.WriteAttributeString("key", Key);
            xml.WriteAttributeString("value", item);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
    }
}
