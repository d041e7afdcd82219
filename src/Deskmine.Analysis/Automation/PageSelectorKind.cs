namespace Deskmine.Analysis.Automation;

/// <summary>Where a page selector comes from, most robust first.</summary>
internal enum PageSelectorKind
{
    /// <summary>The element's id: <c>#id</c>.</summary>
    Id,

    /// <summary>The form field's name attribute: <c>[name="…"]</c>.</summary>
    Name,

    /// <summary>The recorded selector path.</summary>
    Path,

    /// <summary>The field's label: <c>getByLabel</c>.</summary>
    Label,

    /// <summary>Role and accessible name: <c>getByRole</c>.</summary>
    Role,

    /// <summary>Visible text: <c>getByText</c>.</summary>
    Text,
}
