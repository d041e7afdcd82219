using Deskmine.Mining.Recognition;

namespace Deskmine.Mining.Tests.Recognition;

public sealed class TextPoolTests
{
    [Fact]
    public void Texts_of_one_content_are_one_string_however_they_were_put_together()
    {
        var pool = new TextPool();

        var whole = pool.Append("click Ledger [Invoice <n>]").Take();
        var parts = pool.Append("click").Append(' ').Append("Ledger").Append(" [").Append("Invoice <n>").Append(']').Take();
        var span = pool.Of("xx click Ledger [Invoice <n>] xx".AsSpan(3, 26));

        Assert.Equal("click Ledger [Invoice <n>]", whole);
        Assert.Same(whole, parts);
        Assert.Same(whole, span);
        Assert.Equal(1, pool.Count);
    }

    [Fact]
    public void A_missing_part_adds_nothing_and_each_text_starts_empty()
    {
        var pool = new TextPool();
        string? none = null;

        var first = pool.Append("copy ").Append(none).Append("Excel").Take();
        var second = pool.Append(new string('x', 1000)).Take();
        var third = pool.Append("copy Excel").Take();

        Assert.Equal("copy Excel", first);
        Assert.Equal(1000, second.Length);
        Assert.Same(first, third);
        Assert.Equal(2, pool.Count);
    }
}
