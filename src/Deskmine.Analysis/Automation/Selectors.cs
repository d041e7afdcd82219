using System.Text;
using System.Text.RegularExpressions;
using Deskmine.Analysis.Guides;

namespace Deskmine.Analysis.Automation;

/// <summary>
/// Chooses a Playwright locator for a recorded element, most stable first: the id (<c>#id</c>), the form field's
/// name attribute (<c>[name="…"]</c>), the recorded selector path, then the accessible name through
/// <c>getByLabel</c> for fields and <c>getByRole</c> for buttons and links. A value that is a template (it varied
/// between recordings, e.g. <c>ext-&lt;n&gt;</c>) names no single element and is skipped.
/// </summary>
internal static partial class Selectors
{
    public static PageSelector? For(GuideElement element, bool entersValue)
    {
        if (Usable(element.Id) is { } id && !string.Equals(id, element.FieldName, StringComparison.Ordinal))
            return Css(PageSelectorKind.Id, SimpleId().IsMatch(id) ? "#" + id : Attribute("id", id));
        if (Usable(element.FieldName) is { } name)
            return Css(PageSelectorKind.Name, Attribute("name", name));
        if (Usable(element.Id) is { } idAsName)
            return Css(PageSelectorKind.Name, Attribute("name", idAsName));
        if (Usable(element.Path) is { } path)
            return Css(PageSelectorKind.Path, path);
        if (Usable(element.Name) is not { } label)
            return null;
        var role = AriaRole(element, entersValue);
        var options = "{ name: " + TsText.Literal(label) + ", exact: true }";
        return role switch
        {
            "textbox" or "combobox" => new PageSelector(PageSelectorKind.Label, "page.getByLabel(" + TsText.Literal(label) + ", { exact: true })"),
            "button" or "link" or "checkbox" or "radio" or "tab" or "menuitem" => new PageSelector(PageSelectorKind.Role, "page.getByRole(" + TsText.Literal(role) + ", " + options + ")"),
            _ => new PageSelector(PageSelectorKind.Text, "page.getByText(" + TsText.Literal(label) + ", { exact: true })"),
        };
    }

    /// <summary>True for a text field (typing target), where a click only focuses.</summary>
    public static bool IsTextField(GuideElement element) => AriaRole(element, entersValue: false) == "textbox";

    private static string? AriaRole(GuideElement e, bool entersValue)
    {
        var role = e.Role?.ToLowerInvariant();
        var type = e.InputType?.ToLowerInvariant();
        if (type is "submit" or "button" or "reset" or "image")
            return "button";
        if (type is "checkbox" or "radio")
            return type;
        return role switch
        {
            "a" or "link" => "link",
            "button" or "push button" or "toggle button" => "button",
            "checkbox" or "check box" => "checkbox",
            "radio" or "radio button" => "radio",
            "select" or "combobox" or "combo box" or "listbox" or "list box" => "combobox",
            "input" or "textarea" or "textbox" or "text" or "entry" or "password text" or "searchbox" => "textbox",
            "tab" or "page tab" => "tab",
            "menuitem" or "menu item" => "menuitem",
            null when entersValue => "textbox",
            _ => entersValue ? "textbox" : null,
        };
    }

    private static string? Usable(string? value) => value is null || CommonText.IsTemplate(value) ? null : value;

    private static PageSelector Css(PageSelectorKind kind, string css) => new(kind, "page.locator(" + TsText.Literal(css) + ")");

    // CSS attribute selector with a quoted value: only the quote and the backslash need escaping.
    private static string Attribute(string attribute, string value)
    {
        var sb = new StringBuilder(attribute.Length + value.Length + 6).Append('[').Append(attribute).Append("=\"");
        foreach (var c in value)
        {
            if (c is '"' or '\\')
                sb.Append('\\');
            sb.Append(c is '\n' or '\r' ? ' ' : c);
        }
        return sb.Append("\"]").ToString();
    }

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9_-]*$")]
    private static partial Regex SimpleId();
}
