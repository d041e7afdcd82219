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
}
