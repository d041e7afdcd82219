namespace Deskmine.Analysis.Compliance.Reference;

/// <summary>
/// Finds a walkthrough's step among the mined step names of a task type. Both come from recognition, but the mined
/// names are built from templates learned over many instances while a walkthrough holds one, so a screen title can
/// keep a word the mined name lost. A step matches the mined name it equals; else the one mined name with the same
/// application and the same action on the same element (<c>SAP – MIRO: click 'Post'</c> and <c>SAP – MIRO Invoice: click 'Post'</c>).
/// </summary>
internal static class StepMatcher
{
    public static string Match(string step, IReadOnlySet<string> vocabulary)
    {
        if (vocabulary.Contains(step))
            return step;
        var (app, what) = Split(step);
        if (what is null)
            return step;
        string? found = null;
        foreach (var candidate in vocabulary)
        {
            var (a, w) = Split(candidate);
            if (!string.Equals(w, what, StringComparison.Ordinal) || !string.Equals(a, app, StringComparison.Ordinal))
                continue;
            if (found is not null)
                return step;
            found = candidate;
        }
        return found ?? step;
    }

    // "App – Screen: what" → (App, what); names without a place have no application part.
    private static (string App, string? What) Split(string name)
    {
        var colon = name.IndexOf(": ", StringComparison.Ordinal);
        if (colon < 0)
            return ("", name);
        var where = name[..colon];
        var dash = where.IndexOf(" – ", StringComparison.Ordinal);
        return (dash < 0 ? where : where[..dash], name[(colon + 2)..]);
    }
}
