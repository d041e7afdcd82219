using Deskmine.Analysis.Automation;
using Deskmine.Analysis.Guides;

namespace Deskmine.Analysis.Tests.Automation;

public sealed class SelectorsTests
{
    [Fact]
    public void An_id_becomes_a_hash_selector()
    {
        var s = Selectors.For(Element(id: "first_3", fieldName: "q3_name[first]", name: "q3_name[first]"), entersValue: true)!;

        Assert.Equal(PageSelectorKind.Id, s.Kind);
        Assert.Equal("page.locator('#first_3')", s.Code);
    }

    [Fact]
    public void An_id_that_is_no_css_identifier_is_matched_as_an_attribute()
    {
        Assert.Equal("page.locator('[id=\"order:total\"]')", Selectors.For(Element(id: "order:total"), entersValue: true)!.Code);
    }

    [Fact]
    public void A_field_known_only_by_its_name_attribute_uses_it_even_when_the_recorder_put_it_in_the_id()
    {
        var s = Selectors.For(Element(id: "amount", fieldName: "amount", name: "Amount"), entersValue: true)!;

        Assert.Equal(PageSelectorKind.Name, s.Kind);
        Assert.Equal("page.locator('[name=\"amount\"]')", s.Code);
        Assert.Equal("page.locator('[name=\"a\\\\\"b\"]')", Selectors.For(Element(fieldName: "a\"b"), entersValue: true)!.Code);
    }

    [Fact]
    public void The_recorded_path_comes_before_the_label()
    {
        var s = Selectors.For(Element(name: "Amount", path: "form#f > input:nth-of-type(2)"), entersValue: true)!;

        Assert.Equal(PageSelectorKind.Path, s.Kind);
        Assert.Equal("page.locator('form#f > input:nth-of-type(2)')", s.Code);
    }

    [Fact]
    public void Without_id_name_or_path_fields_go_by_label_and_buttons_and_links_by_role()
    {
        Assert.Equal("page.getByLabel('Cost centre', { exact: true })", Selectors.For(Element(name: "Cost centre", role: "textbox"), entersValue: true)!.Code);
        Assert.Equal("page.getByRole('button', { name: 'Post', exact: true })", Selectors.For(Element(name: "Post", role: "push button"), entersValue: false)!.Code);
        Assert.Equal("page.getByRole('link', { name: 'Add another response', exact: true })", Selectors.For(Element(name: "Add another response", role: "A"), entersValue: false)!.Code);
        Assert.Equal("page.getByRole('button', { name: 'Save', exact: true })", Selectors.For(Element(name: "Save", role: "INPUT", inputType: "submit"), entersValue: false)!.Code);
        Assert.Equal("page.getByText('Details', { exact: true })", Selectors.For(Element(name: "Details", role: "div"), entersValue: false)!.Code);
    }

    [Fact]
    public void Values_that_varied_between_recordings_are_not_used()
    {
        var s = Selectors.For(Element(id: "ext-gen<n>", name: "It's", role: "button"), entersValue: false)!;

        Assert.Equal("page.getByRole('button', { name: 'It\\'s', exact: true })", s.Code);
        Assert.Null(Selectors.For(Element(id: "row-<n>"), entersValue: false));
    }

    private static GuideElement Element(string? id = null, string? fieldName = null, string? name = null, string? role = null, string? path = null, string? inputType = null) =>
        new(role, name, id, path, fieldName, inputType);
}
