namespace Deskmine.Analysis.Compliance.Reference;

/// <summary>
/// Finds a walkthrough's step among the mined step names of a task type. Both come from recognition, but the mined
/// names are built from templates learned over many instances, which drop the words of one record (a sender, a
/// vendor, a document title), while a walkthrough is one record and keeps them: <c>Outlook – Inbox: click 'Invoice
/// from Brown Logistics Inc'</c> is mined as <c>Outlook – Inbox: click 'Invoice'</c>. A step matches the mined name
/// it equals; else, among the mined names with the same application and verb whose screen and element words are all
/// words of the step's (an empty screen or element matches any), the one sharing most words (ties: the first in
/// ordinal order).
/// </summary>
internal static class StepMatcher
{
    public static string Match(string step, IReadOnlySet<string> vocabulary)
    {
        if (vocabulary.Contains(step))
            return step;
        var s = Parse(step);
        string? best = null;
        var bestScore = -1;
        foreach (var candidate in vocabulary.Order(StringComparer.Ordinal))
        {
            var c = Parse(candidate);
            if (!string.Equals(c.App, s.App, StringComparison.OrdinalIgnoreCase) || !string.Equals(c.Verb, s.Verb, StringComparison.OrdinalIgnoreCase))
                continue;
            if (!Within(c.Screen, s.Screen) || !Within(c.Element, s.Element))
                continue;
            var score = c.Screen.Intersect(s.Screen, StringComparer.OrdinalIgnoreCase).Count() + c.Element.Intersect(s.Element, StringComparer.OrdinalIgnoreCase).Count();
            if (score > bestScore)
            {
                best = candidate;
                bestScore = score;
            }
        }
        return best ?? step;
    }

    private static bool Within(string[] mined, string[] recorded) =>
        mined.Length == 0 || recorded.Length == 0 || mined.All(w => recorded.Contains(w, StringComparer.OrdinalIgnoreCase));

    // "App – Screen: verb 'element'" → parts; "cell in column B" stays part of the verb phrase.
    private static (string App, string[] Screen, string Verb, string[] Element) Parse(string name)
    {
        var colon = name.IndexOf(": ", StringComparison.Ordinal);
        var where = colon < 0 ? "" : name[..colon];
        var what = colon < 0 ? name : name[(colon + 2)..];
        var dash = where.IndexOf(" – ", StringComparison.Ordinal);
        var app = dash < 0 ? where : where[..dash];
        var screen = dash < 0 ? "" : where[(dash + 3)..];
        var quote = what.IndexOf(" '", StringComparison.Ordinal);
        var verb = quote < 0 ? what : what[..quote];
        var element = quote < 0 ? "" : what[(quote + 2)..].TrimEnd('\'');
        return (app, Words(screen), verb, Words(element));
    }

    private static string[] Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
