using Deskmine.Mining.Recognition;

namespace Deskmine.Mining.Tests.Recognition;

public sealed class CodedTextsTests
{
    [Fact]
    public void Reads_each_number_as_its_text_in_the_shared_table()
    {
        List<string> table = ["Excel", "SAP", "Chrome"];
        var list = new CodedTexts([1, 0, 1, 2], table);

        Assert.Equal(["SAP", "Excel", "SAP", "Chrome"], list);
        Assert.Equal(4, list.Count);
        Assert.Same(table[2], list[3]);
    }

    [Fact]
    public void Numbering_gives_equal_texts_equal_numbers_in_order_of_first_appearance_after_what_the_table_holds()
    {
        List<string> table = ["Excel"];

        var coded = CodedTexts.Number([["SAP", "Excel"], [], ["Chrome", "SAP", "SAP"]], table);

        Assert.Equal(["Excel", "SAP", "Chrome"], table);
        Assert.Equal([[1, 0], [], [2, 1, 1]], coded.Select(c => c.Codes));
        Assert.Equal(["Chrome", "SAP", "SAP"], coded[2]);
        Assert.All(coded, c => Assert.Same(table, c.Table));
    }
}
