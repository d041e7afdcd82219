using System.Globalization;
using System.Text;
using System.Xml;

namespace Deskmine.Analysis.Compliance.Models;

/// <summary>
/// Writes a net as PNML (ISO/IEC 15909-2, the place/transition core model) the way ProM and pm4py read it: silent
/// transitions carry ProM's <c>toolspecific activity="$invisible$"</c> mark, the initial marking sits on its places
/// and the final marking in a <c>finalmarkings</c> element.
/// </summary>
internal static class PnmlWriter
{
    public static void Write(PetriNet net, TextWriter text, string name)
    {
        var ids = PlaceIds(net);
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) };
        using var xml = XmlWriter.Create(text, settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("pnml");
        xml.WriteStartElement("net");
        xml.WriteAttributeString("id", name);
        xml.WriteAttributeString("type", "http://www.pnml.org/version-2009/grammar/pnmlcoremodel");
        Name(xml, name);
        xml.WriteStartElement("page");
        xml.WriteAttributeString("id", "page1");
        for (var p = 0; p < net.Places.Count; p++)
        {
            xml.WriteStartElement("place");
            xml.WriteAttributeString("id", ids[p]);
            Name(xml, net.Places[p]);
            if (net.InitialMarking[p] > 0)
            {
                xml.WriteStartElement("initialMarking");
                xml.WriteElementString("text", net.InitialMarking[p].ToString(CultureInfo.InvariantCulture));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        foreach (var t in net.Transitions)
        {
            xml.WriteStartElement("transition");
            xml.WriteAttributeString("id", t.Name);
            Name(xml, t.Label ?? t.Name);
            if (t.IsSilent)
            {
                xml.WriteStartElement("toolspecific");
                xml.WriteAttributeString("tool", "ProM");
                xml.WriteAttributeString("version", "6.4");
                xml.WriteAttributeString("activity", "$invisible$");
                xml.WriteAttributeString("localNodeID", t.Name);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        var arc = 0;
        foreach (var t in net.Transitions)
        {
            foreach (var g in t.Inputs.GroupBy(p => p))
                Arc(xml, ++arc, ids[g.Key], t.Name, g.Count());
            foreach (var g in t.Outputs.GroupBy(p => p))
                Arc(xml, ++arc, t.Name, ids[g.Key], g.Count());
        }
        xml.WriteEndElement();
        xml.WriteStartElement("finalmarkings");
        xml.WriteStartElement("marking");
        for (var p = 0; p < net.Places.Count; p++)
        {
            if (net.FinalMarking[p] == 0)
                continue;
            xml.WriteStartElement("place");
            xml.WriteAttributeString("idref", ids[p]);
            xml.WriteElementString("text", net.FinalMarking[p].ToString(CultureInfo.InvariantCulture));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    // Place names need not be unique in a net built elsewhere; ids must be, so the index makes them so.
    private static string[] PlaceIds(PetriNet net)
    {
        var counts = net.Places.CountBy(n => n, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        return [.. net.Places.Select((n, p) => counts[n] == 1 ? n : $"{n}#{p}")];
    }

    private static void Name(XmlWriter xml, string text)
    {
        xml.WriteStartElement("name");
        xml.WriteElementString("text", text);
        xml.WriteEndElement();
    }

    private static void Arc(XmlWriter xml, int id, string source, string target, int weight)
    {
        xml.WriteStartElement("arc");
        xml.WriteAttributeString("id", $"arc_{id}");
        xml.WriteAttributeString("source", source);
        xml.WriteAttributeString("target", target);
        if (weight > 1)
        {
            xml.WriteStartElement("inscription");
            xml.WriteElementString("text", weight.ToString(CultureInfo.InvariantCulture));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }
}
