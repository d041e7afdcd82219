using Deskmine.Analysis.Automation;

namespace Deskmine.Analysis.Tests.Automation;

public sealed class TsTextTests
{
    [Theory]
    [InlineData("plain", "'plain'")]
    [InlineData("it's", @"'it\'s'")]
    [InlineData("back\\slash", @"'back\\slash'")]
    [InlineData("two\nlines", @"'two\nlines'")]
    [InlineData("sep\u2028x", @"'sep\u2028x'")]
    public void Literals_hold_the_text_exactly(string text, string literal) => Assert.Equal(literal, TsText.Literal(text));

    [Fact]
    public void Comments_stay_on_one_line_and_cannot_close_a_block_comment()
    {
        Assert.Equal("a b * / c", TsText.Comment("a\nb */ c"));
    }

    [Theory]
    [InlineData("q3_name[first]", "q3NameFirst")]
    [InlineData("Cost centre", "costCentre")]
    [InlineData("IBAN", "iban")]
    [InlineData("3 items", "field3Items")]
    [InlineData("!!!", "field")]
    public void Identifiers_are_camel_case_words(string text, string id) => Assert.Equal(id, TsText.Identifier(text, "field"));
}
