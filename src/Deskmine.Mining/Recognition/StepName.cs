namespace Deskmine.Mining.Recognition;

/// <summary>The readable parts of one action label (no ids, paths, e-mail addresses or personal data).</summary>
/// <param name="App">Application, e.g. <c>Excel</c>, <c>SAP</c>.</param>
/// <param name="Screen">Screen or site, e.g. <c>MIRO Enter Incoming Invoice</c>, <c>jotform</c>; may be empty.</param>
/// <param name="Verb">What was done, e.g. <c>copy</c>, <c>paste into</c>, <c>click</c>.</param>
/// <param name="Element">The element acted on, e.g. <c>Post</c>, <c>cell in column A</c>; may be empty.</param>
/// <param name="Entry">True for data entry (typing, pasting, inserting a value).</param>
/// <param name="ObjectWords">Words naming what the screen and element are about, for task-type names.</param>
/// <param name="Subject">Head words of the screen's title or address path (<c>Incoming Invoice</c>, <c>New Record</c>): what the screen works on.</param>
internal sealed record StepName(string App, string Screen, string Verb, string Element, bool Entry, IReadOnlyList<string> ObjectWords, IReadOnlyList<string>? Subject = null)
{
    /// <summary>
    /// The same step without the words that the run shows as recorded values elsewhere (a company or person name
    /// that a rare title length left in a template): such words are data of one record, not names of a screen.
    /// </summary>
    public StepName Without(IReadOnlySet<string> valueWords)
    {
        string Keep(string phrase) => string.Join(' ', phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !valueWords.Contains(w)));
        bool Clean(string w) => !valueWords.Contains(w);
        if (!ObjectWords.Any(w => !Clean(w)) && !Screen.Split(' ').Any(w => !Clean(w)) && !Element.Split(' ').Any(w => !Clean(w)))
            return this;
        return this with
        {
            Screen = Keep(Screen),
            Element = Element.StartsWith("cell in column", StringComparison.Ordinal) ? Element : Keep(Element),
            ObjectWords = [.. ObjectWords.Where(Clean)],
            Subject = Subject?.Where(Clean).ToList(),
        };
    }

    /// <summary>Longest step or task-type name.</summary>
    public const int MaxLength = 60;

    /// <summary><c>App – Screen: verb 'element'</c>, at most <see cref="MaxLength"/> characters.</summary>
    public string Text
    {
        get
        {
            var where = Screen.Length > 0 && !Screen.Equals(App, StringComparison.OrdinalIgnoreCase) ? App + " – " + Screen : App;
            var what = Element.Length == 0 ? Verb : Element.StartsWith("cell", StringComparison.Ordinal) ? Verb + " " + Element : Verb + " '" + Element + "'";
            var text = where.Length == 0 ? ReadableText.Capitalise(what) : where + ": " + what;
            if (text.Length <= MaxLength)
                return text;
            // Long screens give way first: the application and what was done matter most.
            var shortWhere = App.Length == 0 ? "" : App + ": ";
            return ReadableText.Fit(shortWhere + what, MaxLength);
        }
    }
}
