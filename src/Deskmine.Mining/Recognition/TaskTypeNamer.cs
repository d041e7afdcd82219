namespace Deskmine.Mining.Recognition;

/// <summary>
/// Names task types the way a person would: verb + business object + application (<c>Post invoice in SAP MIRO</c>,
/// <c>Submit new record in Chrome</c>), built from the readable steps (<see cref="StepName"/>) of the type's
/// segments. The verb is the committing action the type's segments share (a button such as Post, Submit, Save,
/// Confirm), or what most of its steps do (enter, transfer, review); the object is the word of its screens and
/// elements that most sets it apart from the other types; the application is where the committing action happens.
/// Names are at most <see cref="StepName.MaxLength"/> characters, unique within a run and deterministic.
/// </summary>
internal static class TaskTypeNamer
{
    // Committing verbs, strongest first: a type that posts and then adds another is named after the post.
    private static readonly string[][] CommitVerbs =
    [
        ["post", "submit", "save", "send", "approve", "reject", "confirm", "create", "register", "book", "pay", "resolve", "update", "apply", "complete", "sign"],
        ["add", "move", "reply", "forward", "assign", "upload", "print", "archive", "close", "delete", "cancel", "finish", "file", "search", "find"],
    ];

    private static readonly HashSet<string> NotObjects = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "of", "to", "for", "from", "in", "on", "at", "by", "with", "and", "or", "my", "new", "all", "enter", "edit",
        "www", "com", "org", "net", "http", "https", "html", "htm", "php", "aspx", "index", "form", "forms", "page", "home",
        "sheet", "book", "workbook", "window", "tab", "inbox", "outlook", "excel", "chrome", "edge", "firefox", "word", "sap",
        "acrobat", "adobe", "reader", "microsoft", "google", "teams", "explorer", "notepad", "clipboard", "web", "button", "field",
        "ok", "yes", "no", "cancel", "b", "untitled", "document", "file", "data", "value", "text", "list", "item", "view",
        "kg", "gmbh", "ag", "ltd", "inc", "llc", "plc", "bv", "sa", "co", "corp",
        "re", "fw", "fwd", "aw", "wg", "sv", "tr", // reply and forward prefixes of mail subjects
        "easy", "access", "command", "dashboard", "main", "start", "menu", "desktop", "temp", "local", "users", "pdf", "xlsx",
    };

    /// <summary>Readable, unique names for the given types (key → segments' action labels, as label numbers of <paramref name="steps"/>).</summary>
    public static Dictionary<string, string> NameAll(IReadOnlyList<(string Key, IReadOnlyList<CodedTexts> Segments)> types, LabelSteps steps)
    {
        var objectWords = new ObjectWordTable(steps);
        var labels = new LabelMarks(types.SelectMany(t => t.Segments).Select(s => s.Table.Count).FirstOrDefault());
        var wordShare = types.Select(t => WordShare(t.Segments, steps, objectWords, labels)).ToArray();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var objects = new string[types.Count];
        for (var t = 0; t < types.Count; t++)
        {
            var (verb, app, code, subject) = VerbAndApp(types[t].Segments, steps);
            objects[t] = subject.Length > 0 ? subject : Distinctive(wordShare, t, Enumerable.Range(0, types.Count), exclude: verb);
            var name = verb + (objects[t].Length > 0 ? " " + objects[t] : "") + (app.Length > 0 ? " in " + app : "") + (code.Length > 0 ? " " + code : "");
            names[types[t].Key] = ReadableText.Fit(name, StepName.MaxLength);
        }
        // Types that still share a name get the word that sets them apart from each other, then a variant letter.
        foreach (var clash in Enumerable.Range(0, types.Count).GroupBy(t => names[types[t].Key], StringComparer.Ordinal).Where(g => g.Count() > 1).ToList())
        {
            var members = clash.OrderByDescending(t => types[t].Segments.Count).ThenBy(t => types[t].Key, StringComparer.Ordinal).ToList();
            var used = new HashSet<string>(names.Values, StringComparer.Ordinal);
            var letter = 'A';
            foreach (var t in members)
            {
                var word = Distinctive(wordShare, t, members, exclude: objects[t]);
                var suffix = word.Length > 0 ? " (" + word + ")" : "";
                var candidate = ReadableText.Fit(clash.Key, StepName.MaxLength - suffix.Length) + suffix;
                while (!used.Add(candidate))
                {
                    suffix = (word.Length > 0 ? " (" + word + ", " : " (") + "variant " + letter++ + ")";
                    candidate = ReadableText.Fit(clash.Key, StepName.MaxLength - suffix.Length) + suffix;
                }
                names[types[t].Key] = candidate;
            }
        }
        return names;
    }

    /// <summary>Applications used by at least half of the segments, in the order they are usually first visited.</summary>
    public static IReadOnlyList<string> Applications(IReadOnlyList<CodedTexts> segmentApps)
    {
        var table = segmentApps.Count > 0 ? segmentApps[0].Table : [];
        // Per application number: sum of its first relative positions, segments that have it, one more than the last
        // segment counted; applications in order of first meeting.
        var sum = new double[table.Count];
        var count = new int[table.Count];
        var last = new int[table.Count];
        var met = new List<int>();
        for (var s = 0; s < segmentApps.Count; s++)
        {
            var codes = segmentApps[s].Codes;
            for (var i = 0; i < codes.Length; i++)
            {
                var app = codes[i];
                if (last[app] == s + 1 || table[app].Length == 0)
                    continue;
                if (last[app] == 0)
                    met.Add(app);
                (sum[app], count[app], last[app]) = (sum[app] + ((double)i / Math.Max(1, codes.Length - 1)), count[app] + 1, s + 1);
            }
        }
        return [.. met.Where(a => count[a] * 2 >= segmentApps.Count)
            .OrderBy(a => sum[a] / count[a]).ThenBy(a => table[a], StringComparer.Ordinal).Select(a => table[a])];
    }

    // Share of the type's segments in which each object word appears (words compare ignoring case; each is spelt as
    // first met in the type). A step's object words are filtered and numbered once for all types (objectWords), not
    // again in every segment that has one of its labels.
    private static Dictionary<string, double> WordShare(IReadOnlyList<CodedTexts> segments, LabelSteps steps, ObjectWordTable objectWords, LabelMarks labels)
    {
        // Per word number: segments that mention it, mentions, the last segment counted, its first spelling; words in
        // order of first mention.
        var count = new int[objectWords.Count];
        var mentions = new int[objectWords.Count];
        var last = new int[objectWords.Count];
        var spelling = new string?[objectWords.Count];
        var met = new List<int>();
        for (var s = 0; s < segments.Count; s++)
        {
            labels.NextSegment();
            foreach (var label in segments[s].Codes)
            {
                if (!labels.FirstInSegment(label))
                    continue;
                var step = steps.StepOf(label);
                if (step < 0)
                    continue;
                var (numbers, words) = objectWords.Of(step);
                for (var k = 0; k < numbers.Length; k++)
                {
                    var n = numbers[k];
                    if (spelling[n] is null)
                    {
                        spelling[n] = words[k];
                        met.Add(n);
                    }
                    else if (last[n] == s)
                    {
                        mentions[n]++;
                        continue;
                    }
                    (count[n], mentions[n], last[n]) = (count[n] + 1, mentions[n] + 1, s);
                }
            }
        }
        // Ties in share go to the word mentioned by more steps (a title and a button both saying "invoice"),
        // by a margin too small to outweigh one segment's share.
        var total = Math.Max(1, met.Sum(n => mentions[n]));
        var share = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        foreach (var n in met)
            share.Add(spelling[n]!, ((double)count[n] / Math.Max(1, segments.Count)) + (1e-6 * mentions[n] / total));
        return share;
    }

    // The words of each step that can name a business object (no verbs, no filler, no single letters), with numbers that
    // are equal for words equal ignoring case. Kept per step: many labels read as one step.
    private sealed class ObjectWordTable
    {
        private readonly (int[] Numbers, string[] Words)[] _ofStep;

        public ObjectWordTable(LabelSteps steps)
        {
            var numbers = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            _ofStep = new (int[], string[])[steps.StepCount];
            for (var step = 0; step < _ofStep.Length; step++)
            {
                string[] kept = [.. steps.Step(step).ObjectWords.Where(w => w.Length > 1 && !NotObjects.Contains(w) && !IsVerb(w))];
                var ids = new int[kept.Length];
                for (var k = 0; k < kept.Length; k++)
                {
                    if (!numbers.TryGetValue(kept[k], out ids[k]))
                        numbers[kept[k]] = ids[k] = numbers.Count;
                }
                _ofStep[step] = (ids, kept);
            }
            Count = numbers.Count;
        }

        /// <summary>Number of distinct words.</summary>
        public int Count { get; }

        public (int[] Numbers, string[] Words) Of(int step) => _ofStep[step];
    }

    // Which labels (by number) a segment has shown so far: one mark per label, shared by all segments of all types, so
    // that going to the next segment clears nothing.
    private sealed class LabelMarks(int labels)
    {
        private readonly int[] _segmentOf = new int[labels];
        private int _segment;

        public void NextSegment() => _segment++;

        // True the first time the current segment shows the label.
        public bool FirstInSegment(int label)
        {
            if (_segmentOf[label] == _segment)
                return false;
            _segmentOf[label] = _segment;
            return true;
        }
    }

    // The word most present in this type and least in the others (share here minus the highest share elsewhere).
    private static string Distinctive(Dictionary<string, double>[] share, int t, IEnumerable<int> among, string exclude)
    {
        var others = among.Where(o => o != t).ToList();
        var best = share[t]
            .Where(p => !p.Key.Equals(exclude, StringComparison.OrdinalIgnoreCase) && p.Value >= 0.3)
            .Select(p => (Word: p.Key, Score: p.Value - (others.Count == 0 ? 0 : others.Max(o => share[o].GetValueOrDefault(p.Key))), p.Value))
            .Where(x => x.Score > 0)
            .OrderByDescending(x => x.Score).ThenByDescending(x => x.Value).ThenBy(x => x.Word, StringComparer.Ordinal)
            .FirstOrDefault();
        if (best.Word is null)
            return "";
        // Acronyms stay upper case (MIRO, PO); other words read in lower case inside a sentence.
        return best.Word.All(char.IsUpper) && best.Word.Length > 1 ? best.Word : best.Word.ToLowerInvariant();
    }

    private static (string Verb, string App, string Code, string Subject) VerbAndApp(IReadOnlyList<CodedTexts> segments, LabelSteps steps)
    {
        // Steps are counted by their readable name, not their label: one button under several window templates
        // (an approval list with and without a filter in its title) is one step, and only together may it reach
        // the half of the instances that makes it part of the type.
        // Per number of a step's text: segments that have it, sum of its relative positions, the last segment counted,
        // the first step met that reads so; texts in order of first meeting.
        var count = new int[steps.TextCount];
        var position = new double[steps.TextCount];
        var last = new int[steps.TextCount];
        var stepOf = new StepName?[steps.TextCount];
        var met = new List<int>();
        for (var s = 0; s < segments.Count; s++)
        {
            var codes = segments[s].Codes;
            for (var i = 0; i < codes.Length; i++)
            {
                var step = steps.StepOf(codes[i]);
                if (step < 0)
                    continue;
                var text = steps.TextOfStep(step);
                if (stepOf[text] is null)
                {
                    stepOf[text] = steps.Step(step); // the first seen: segments come in a fixed order, so runs agree
                    met.Add(text);
                }
                else if (last[text] == s)
                {
                    continue;
                }
                (count[text], position[text], last[text]) = (count[text] + 1, position[text] + ((double)i / Math.Max(1, codes.Length - 1)), s);
            }
        }
        var core = met.Where(t => count[t] * 2 >= segments.Count)
            .Select(t => (Step: stepOf[t]!, Position: position[t] / count[t], Count: count[t]))
            .OrderBy(x => x.Position).ThenBy(x => x.Step.Text, StringComparer.Ordinal).ToList();
        if (core.Count == 0)
        {
            core = [.. met.OrderByDescending(t => count[t]).ThenBy(steps.Text, StringComparer.Ordinal)
                .Take(5).Select(t => (Step: stepOf[t]!, Position: position[t] / count[t], Count: count[t]))];
        }
        foreach (var verbs in CommitVerbs)
        {
            var commit = core.LastOrDefault(x => FirstWord(x.Step.Element) is { } w && verbs.Contains(w, StringComparer.OrdinalIgnoreCase));
            if (commit.Step is not null)
                return (ReadableText.Capitalise(FirstWord(commit.Step.Element)!.ToLowerInvariant()), commit.Step.App, Code(commit.Step), Subject(commit.Step));
        }
        var app = core.GroupBy(x => x.Step.App, StringComparer.Ordinal).Where(g => g.Key.Length > 0)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).FirstOrDefault() ?? "";
        var verb = core.Count(x => x.Step.Entry) * 2 >= core.Count ? "Enter"
            : core.Any(x => x.Step.Verb == "copy") ? "Transfer" : "Review";
        return (verb, app, "", "");
    }

    // The object a committing step works on: the head words of its screen, without generic or code words.
    private static string Subject(StepName step)
    {
        var code = Code(step);
        var words = (step.Subject ?? []).Where(w => w.Length > 1 && !NotObjects.Contains(w) && !IsVerb(w) && w != code).ToList();
        return string.Join(' ', words.Select(w => w.All(char.IsUpper) ? w : w.ToLowerInvariant()));
    }

    private static string? FirstWord(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();

    private static bool IsVerb(string word) => CommitVerbs.Any(v => v.Contains(word, StringComparer.OrdinalIgnoreCase));

    // A transaction code leads some screens (MIRO, FB60): all capitals, short, not the application itself.
    private static string Code(StepName step)
    {
        var first = FirstWord(step.Screen);
        return first is { Length: >= 3 and <= 6 } && first.All(char.IsAsciiLetterUpper) && !first.Equals(step.App, StringComparison.OrdinalIgnoreCase) ? first : "";
    }
}
