namespace Deskmine.Analysis.Guides;

/// <summary>
/// The UI element a step works on, as recorded (the most common value over the step's occurrences; a value that
/// varies only in its digits reads as a template such as <c>A&lt;n&gt;</c>).
/// </summary>
/// <param name="Role">Accessibility role or HTML tag (<c>button</c>, <c>INPUT</c>, <c>push button</c>), or <c>null</c>.</param>
/// <param name="Name">Accessible name or label, whitespace collapsed, or <c>null</c>.</param>
/// <param name="Id">Automation id or HTML id, or <c>null</c>.</param>
/// <param name="Path">Selector or path of the element, or <c>null</c>.</param>
/// <param name="FieldName">HTML <c>name</c> attribute of a form field, when the recorder reported one.</param>
/// <param name="InputType">HTML input type (<c>text</c>, <c>email</c>, <c>submit</c> …), when reported.</param>
public sealed record GuideElement(string? Role, string? Name, string? Id, string? Path, string? FieldName, string? InputType)
{
    /// <summary>An element with nothing recorded.</summary>
    public static GuideElement None { get; } = new(null, null, null, null, null, null);

    /// <summary>The text a person recognises the element by: name, else field name, else id, else path.</summary>
    public string? Label => Name ?? FieldName ?? Id ?? Path;
}
