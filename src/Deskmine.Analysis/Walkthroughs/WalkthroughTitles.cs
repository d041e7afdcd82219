using Deskmine.Analysis.Guides;

namespace Deskmine.Analysis.Walkthroughs;

/// <summary>
/// The titles of walkthrough steps, said the way a person writes instructions: the action with its element first,
/// then where (<c>Click 'Post' in SAP – MIRO</c>, <c>Type «reference» into 'Reference' in SAP – MIRO</c>). The
/// action comes from the task guides' description of the step, the place from the recognised step name
/// (<c>SAP – MIRO: click 'Post'</c>, whose part before the colon says where).
/// </summary>
internal static class WalkthroughTitles
{
    public static string Generate(GuideStep step, string stepName)
    {
        var where = Where(stepName) ?? step.Application;
        var label = step.Element.Label;
        var placeholder = Placeholder(step);
        var what = step.Action switch
        {
            GuideAction.Type when label is not null => $"Type {placeholder} into '{label}'",
            GuideAction.Paste when label is not null => $"Paste {placeholder} into '{label}'",
            GuideAction.Choose when label is not null => $"Choose {placeholder} in '{label}'",
            GuideAction.Copy when label is not null => $"Copy '{label}'",
            _ => step.Description,
        };
        // "Click in SAP" says the application only because the element is unknown; the place follows anyway.
        var appTail = " in " + (step.Application ?? "the application");
        if (where is { Length: > 0 } && what.EndsWith(appTail, StringComparison.Ordinal))
            what = what[..^appTail.Length];
        if (step.Action is GuideAction.SwitchApplication or GuideAction.Open or GuideAction.Wait || string.IsNullOrEmpty(where)
            || what.EndsWith(" " + where, StringComparison.Ordinal))
            return what;
        return what + " in " + where;
    }

    /// <summary>The placeholder for the value entered in the step (<c>«invoice number»</c>), from the field's name; <c>null</c> when nothing is entered.</summary>
    public static string? Placeholder(GuideStep step)
    {
        if (step.Input is null)
            return null;
        var label = step.Element.Label;
        var words = (label ?? "value").Split([' ', '_', '-', '[', ']', '.'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Length > 1 && w.All(char.IsUpper) ? w : w.ToLowerInvariant());
        var text = string.Join(' ', words).Replace('«', '(').Replace('»', ')');
        return "«" + (text.Length == 0 ? "value" : text) + "»";
    }

    /// <summary>The readable application of a step name (<c>SAP</c> of <c>SAP – MIRO: click 'Post'</c>), or <c>null</c>.</summary>
    public static string? App(string stepName)
    {
        var where = Where(stepName);
        if (where is null)
            return null;
        var dash = where.IndexOf(" – ", StringComparison.Ordinal);
        return dash < 0 ? where : where[..dash];
    }

    private static string? Where(string stepName)
    {
        // A screen never holds ": " (recognition cuts titles there), so the first one ends the place.
        var colon = stepName.IndexOf(": ", StringComparison.Ordinal);
        return colon > 0 ? stepName[..colon] : null;
    }
}
