using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Deskmine.Core.Errors;

namespace Deskmine.Analysis.Compliance.Models;

/// <summary>
/// Reads a PNML place/transition net (ISO/IEC 15909-2) as ProM, pm4py and Deskmine write it: places, transitions and
/// arcs on any number of pages, arc weights from <c>inscription</c>, the initial marking from the places, the final
/// marking from <c>finalmarkings</c>. A transition is silent when it carries ProM's <c>activity="$invisible$"</c>
/// mark or has no name. Without a final marking, every place with no outgoing arc ends with one token. DTDs are
/// refused and no external entity is resolved.
/// </summary>
internal static class PnmlParser
{
    public static PetriNet Parse(TextReader text, string source)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
        XDocument doc;
        try
        {
            using var reader = XmlReader.Create(text, settings);
            doc = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            throw new InputException(source, e.LineNumber > 0 ? e.LineNumber : null, null, $"not well-formed PNML XML: {e.Message}", e);
        }
        var nets = doc.Descendants().Where(e => e.Name.LocalName == "net").ToList();
        if (doc.Root?.Name.LocalName != "pnml" || nets.Count == 0)
            throw new InputException(source, Line(doc.Root), doc.Root?.Name.LocalName, "expected a <pnml> document with a <net>");
        if (nets.Count > 1)
            throw new InputException(source, Line(nets[1]), "net", "several nets in one file; expected one");
        var net = nets[0];

        var places = new List<string>();
        var placeIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var initial = new List<int>();
        var transitionIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var transitions = new List<(string Id, string? Label, List<int> In, List<int> Out)>();
        foreach (var e in net.Descendants())
        {
            switch (e.Name.LocalName)
            {
                case "place":
                    if (e.Parent?.Name.LocalName == "marking")
                        continue;
                    var pid = Id(e, source);
                    if (!placeIndex.TryAdd(pid, places.Count) || transitionIndex.ContainsKey(pid))
                        throw new InputException(source, Line(e), "id", $"the id '{pid}' is used twice");
                    places.Add(pid);
                    initial.Add(Tokens(Child(e, "initialMarking"), source));
                    break;
                case "transition":
                    var tid = Id(e, source);
                    if (placeIndex.ContainsKey(tid) || !transitionIndex.TryAdd(tid, transitions.Count))
                        throw new InputException(source, Line(e), "id", $"the id '{tid}' is used twice");
                    var invisible = e.Elements().Any(c => c.Name.LocalName == "toolspecific" && (string?)c.Attribute("activity") == "$invisible$");
                    var name = Text(Child(e, "name"));
                    transitions.Add((tid, invisible || string.IsNullOrWhiteSpace(name) ? null : name, [], []));
                    break;
            }
        }
        var arcs = net.Descendants().Where(e => e.Name.LocalName == "arc").ToList();
        var hasOutput = new bool[places.Count];
        foreach (var arc in arcs)
        {
            var from = Required(arc, "source", source);
            var to = Required(arc, "target", source);
            var weight = Tokens(Child(arc, "inscription"), source, 1);
            if (weight < 1)
                throw new InputException(source, Line(arc), "inscription", $"arc '{(string?)arc.Attribute("id")}' has weight {weight}; expected 1 or more");
            if (placeIndex.TryGetValue(from, out var p) && transitionIndex.TryGetValue(to, out var t))
            {
                transitions[t].In.AddRange(Enumerable.Repeat(p, weight));
                hasOutput[p] = true;
            }
            else if (transitionIndex.TryGetValue(from, out t) && placeIndex.TryGetValue(to, out p))
            {
                transitions[t].Out.AddRange(Enumerable.Repeat(p, weight));
            }
            else
            {
                var what = placeIndex.ContainsKey(from) || transitionIndex.ContainsKey(from)
                    ? (placeIndex.ContainsKey(to) || transitionIndex.ContainsKey(to) ? "joins two places or two transitions; an arc must join a place and a transition" : $"enters '{to}', which is no place or transition of the net")
                    : $"leaves '{from}', which is no place or transition of the net";
                throw new InputException(source, Line(arc), "arc", $"arc '{(string?)arc.Attribute("id")}' {what}");
            }
        }
        if (places.Count == 0)
            throw new InputException(source, Line(net), "place", "the net has no place");
        if (initial.All(n => n == 0))
            throw new InputException(source, Line(net), "initialMarking", "no place has an initial marking; expected a token in the start place");

        var final = new int[places.Count];
        var markings = net.Descendants().Where(e => e.Name.LocalName == "finalmarkings").SelectMany(f => f.Elements().Where(m => m.Name.LocalName == "marking")).ToList();
        if (markings.Count > 0)
        {
            foreach (var place in markings[0].Elements().Where(e => e.Name.LocalName == "place"))
            {
                var idref = Required(place, "idref", source);
                if (!placeIndex.TryGetValue(idref, out var p))
                    throw new InputException(source, Line(place), "idref", $"the final marking names '{idref}', which is no place of the net");
                final[p] = Tokens(place, source);
            }
        }
        else
        {
            for (var p = 0; p < places.Count; p++)
                final[p] = hasOutput[p] ? 0 : 1;
        }
        return new PetriNet(places, [.. transitions.Select(t => new PetriTransition(t.Id, t.Label, t.In, t.Out))], initial, final);
    }

    private static XElement? Child(XElement e, string name) => e.Elements().FirstOrDefault(c => c.Name.LocalName == name);

    private static string? Text(XElement? e) => e is null ? null : Child(e, "text")?.Value.Trim();

    private static int Tokens(XElement? e, string source, int absent = 0)
    {
        var text = Text(e);
        if (text is null)
            return absent;
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 0
            ? n
            : throw new InputException(source, Line(e), e!.Name.LocalName, $"expected a whole number of tokens, got '{text}'");
    }

    private static string Id(XElement e, string source) => Required(e, "id", source);

    private static string Required(XElement e, string attribute, string source)
    {
        var value = (string?)e.Attribute(attribute);
        return string.IsNullOrWhiteSpace(value)
            ? throw new InputException(source, Line(e), attribute, $"<{e.Name.LocalName}> needs the attribute '{attribute}'")
            : value;
    }

    private static long? Line(XObject? e) => e is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : null;
}
