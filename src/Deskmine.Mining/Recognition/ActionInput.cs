using Deskmine.Core.Events;

namespace Deskmine.Mining.Recognition;

/// <summary>
/// One person's events as <see cref="ActionAbstractor"/> reads them, each fetched once: per event its kind, its place
/// (application, window, address and element, numbered once per distinct combination), the target's role, a few
/// flags, its time and its value. A store may make a new <see cref="UiEvent"/> on every fetch; the abstraction then
/// works on these columns alone, so its allocation grows with the distinct places and labels, not with the events.
/// </summary>
internal sealed class ActionInput
{
    // The texts by number; the lookups that number them live only while the events are read, since the abstraction
    // that follows holds this input to the end.
    private readonly List<string?> _texts = [null];

    private ActionInput(int count)
    {
        Kind = new int[count];
        Place = new int[count];
        Role = new int[count];
        Flags = new ActionFlags[count];
        Ts = new long[count];
        Value = new string?[count];
    }

    /// <summary>Number of events.</summary>
    public int Count => Kind.Length;

    /// <summary>Per event: the text number of its kind (<see cref="ActionAbstractor.KindOf"/>).</summary>
    public int[] Kind { get; }

    /// <summary>Per event: its place, an index into <see cref="Places"/>.</summary>
    public int[] Place { get; }

    /// <summary>Per event: the text number of its target's role.</summary>
    public int[] Role { get; }

    /// <summary>Per event: what kind of event it is, and whether it has a time.</summary>
    public ActionFlags[] Flags { get; }

    /// <summary>Per event: its time (µs), 0 when it has none.</summary>
    public long[] Ts { get; }

    /// <summary>Per event: its recorded value.</summary>
    public string?[] Value { get; }

    /// <summary>Every distinct place, in the order the events first show it.</summary>
    public List<ActionPlace> Places { get; } = [];

    /// <summary>The text numbered <paramref name="id"/> (0 stands for none).</summary>
    public string? Text(int id) => _texts[id];

    /// <summary>Reads <paramref name="events"/> once each, in order.</summary>
    public static ActionInput Read(IReadOnlyList<UiEvent> events)
    {
        var input = new ActionInput(events.Count);
        var reader = new Reader(input);
        for (var i = 0; i < events.Count; i++)
            reader.Add(i, events[i]);
        return input;
    }

    // Numbers texts, places and kinds' flags while the events are read.
    private sealed class Reader(ActionInput input)
    {
        private readonly TextIds _texts = new(input._texts);
        private readonly Dictionary<(int App, int Window, int Url, int Element), int> _placeIds = [];
        private readonly Dictionary<(int Kind, int Raw), ActionFlags> _flagsOfKind = [];

        public void Add(int i, UiEvent e)
        {
            var kind = _texts.Id(ActionAbstractor.KindOf(e));
            var raw = _texts.Id(e.Kind);
            var key = (_texts.Id(e.App), _texts.Id(ActionAbstractor.Window(e)), _texts.Id(e.Url), _texts.Id(ActionAbstractor.Element(e)));
            var places = input.Places;
            if (!_placeIds.TryGetValue(key, out var place))
            {
                _placeIds[key] = place = places.Count;
                places.Add(new ActionPlace(e.App, ActionAbstractor.Window(e), e.Url, ActionAbstractor.Element(e)));
            }
            places[place].Count++;
            if (!_flagsOfKind.TryGetValue((kind, raw), out var flags))
                _flagsOfKind[(kind, raw)] = flags = FlagsOf(e.Kind, input._texts[kind]!);
            input.Kind[i] = kind;
            input.Place[i] = place;
            input.Role[i] = _texts.Id(e.TargetRole);
            input.Flags[i] = e.Ts.HasValue ? flags | ActionFlags.HasTs : flags;
            input.Ts[i] = e.Ts ?? 0;
            input.Value[i] = e.Value;
        }
    }

    private static ActionFlags FlagsOf(string raw, string kind)
    {
        var flags = ActionFlags.None;
        if (raw == EventKinds.AppSwitch)
            flags |= ActionFlags.AppSwitch;
        if (raw == EventKinds.Copy || kind.StartsWith("copy", StringComparison.OrdinalIgnoreCase))
            flags |= ActionFlags.Copy;
        if (raw == EventKinds.Paste || kind.StartsWith("paste", StringComparison.OrdinalIgnoreCase))
            flags |= ActionFlags.Paste;
        if (raw == EventKinds.Click || kind.StartsWith("click", StringComparison.OrdinalIgnoreCase))
            flags |= ActionFlags.Click;
        if (raw == EventKinds.TextInput || kind is "editField" or "insertValue" or "typeText" or "type")
            flags |= ActionFlags.TextEntry;
        return flags;
    }

    // Texts numbered by content. A store gives repeated texts as one shared string, so a lookup by reference answers
    // most events without hashing the text; the first instance of each content is the one remembered by reference.
    private sealed class TextIds(List<string?> texts)
    {
        private readonly Dictionary<string, int> _byReference = new(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<string, int> _byContent = new(StringComparer.Ordinal);
        private readonly List<string?> _texts = texts;

        public int Id(string? text)
        {
            if (text is null)
                return 0;
            if (_byReference.TryGetValue(text, out var id))
                return id;
            if (_byContent.TryGetValue(text, out id))
                return id;
            id = _texts.Count;
            _texts.Add(text);
            _byContent[text] = id;
            _byReference[text] = id;
            return id;
        }
    }
}

/// <summary>Where an event happened: application, window (or sheet), address and element (name, else id).</summary>
internal sealed class ActionPlace(string? app, string window, string? url, string element)
{
    public string? App { get; } = app;
    public string Window { get; } = window;
    public string? Url { get; } = url;
    public string Element { get; } = element;

    /// <summary>How many events happened here.</summary>
    public int Count { get; set; }
}

/// <summary>What <see cref="ActionAbstractor"/> needs to know of an event's kind, and whether it has a time.</summary>
[Flags]
internal enum ActionFlags : byte
{
    None = 0,
    HasTs = 1,
    AppSwitch = 2,
    Copy = 4,
    Paste = 8,
    Click = 16,
    TextEntry = 32,
}
