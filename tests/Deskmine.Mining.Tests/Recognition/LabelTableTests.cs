using Deskmine.Mining.Recognition;

namespace Deskmine.Mining.Tests.Recognition;

public sealed class LabelTableTests
{
    // The default keeps every label of these tests in memory; 0 moves every filled block to the table's file.
    public static TheoryData<long> Budgets => [LabelTable.DefaultMemoryBudget, 0];

    [Theory]
    [MemberData(nameof(Budgets))]
    public void Labels_are_numbered_in_order_of_first_appearance_and_read_back_as_given(long budget)
    {
        var table = new LabelTable(budget);
        string[] labels =
        [
            "click chrome.exe [New Record – CRM] <https://crm.example/app?x=1&y=2> 'Save'",
            "",
            "copy SAP [MIRO \"Enter\" Rechnung prüfen] 日本語 😀",
            // A lone surrogate cannot be encoded; it must not read back as (or be taken for) the replacement character.
            "type \uD800 here",
            "type \uFFFD here",
        ];

        var ids = labels.Select(l => table.Add(l, out _)).ToList();
        var again = labels.Select(l => (Id: table.Add(l, out var added), Added: added)).ToList();

        Assert.Equal([0, 1, 2, 3, 4], ids);
        Assert.Equal(ids, again.Select(a => a.Id));
        Assert.All(again, a => Assert.False(a.Added));
        Assert.Equal(labels, table);
        Assert.Equal(labels.Length, table.Count);
        Assert.All(labels, (l, i) => Assert.Equal(i, table.Find(l)));
        Assert.Equal(-1, table.Find("type \uD801 here"));
        Assert.Equal(-1, table.Find("click"));
    }

    [Theory]
    [MemberData(nameof(Budgets))]
    public void Many_labels_and_labels_longer_than_a_block_keep_their_numbers(long budget)
    {
        var table = new LabelTable(budget);
        var labels = Enumerable.Range(0, 200_000).Select(i => $"text_input EXCEL.EXE [Book{i % 97}.xlsx - Excel] 'A{i}'").ToList();
        labels.Insert(100_000, new string('x', 3_000_000));
        labels.Insert(150_000, new string('é', 700_000));

        foreach (var l in labels)
            Assert.True(table.Add(l, out var added) >= 0 && added);

        Assert.Equal(labels.Count, table.Count);
        Assert.Equal(budget == 0, table.BlocksInFile > 0);
        Assert.All(new[] { 0, 99_999, 100_000, 100_001, 150_000, labels.Count - 1 }, i => Assert.Equal(labels[i], table[i]));
        Assert.All(labels, (l, i) => Assert.Equal(i, table.Find(l)));
    }

    [Theory]
    [MemberData(nameof(Budgets))]
    public void Labels_are_found_and_read_from_several_threads_at_once(long budget)
    {
        var table = new LabelTable(budget);
        var labels = Enumerable.Range(0, 20_000).Select(i => $"click chrome.exe [Invoice {i} – Workflow] 'Confirm {i % 7}'").ToList();
        foreach (var l in labels)
            table.Add(l, out _);

        var found = new int[labels.Count];
        var read = new string[labels.Count];
        Parallel.For(0, labels.Count, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            // Out of order: each reader jumps between the table's blocks.
            var j = (int)((i * 7919L) % labels.Count);
            found[j] = table.Find(labels[j]);
            read[j] = table[j];
        });

        Assert.Equal(Enumerable.Range(0, labels.Count), found);
        Assert.Equal(labels, read);
    }

    [Fact]
    public void Labels_moved_to_the_file_are_told_apart_from_new_ones_of_the_same_length()
    {
        var table = new LabelTable(memoryBudget: 0);
        // Enough labels of one length to fill several blocks: every block but the last goes to the file.
        var labels = Enumerable.Range(0, 60_000).Select(i => $"click chrome.exe [Invoice {i:D6} – Workflow] 'Confirm'").ToList();
        foreach (var l in labels)
            table.Add(l, out _);

        var again = labels.Select(l => table.Add(l, out var added) is var id && !added ? id : -1).ToList();
        var other = table.Add("click chrome.exe [Invoice 999999 – Workflow] 'Confirm'", out var otherAdded);

        Assert.True(table.BlocksInFile >= 2);
        Assert.Equal(Enumerable.Range(0, labels.Count), again);
        Assert.True(otherAdded);
        Assert.Equal(labels.Count, other);
        Assert.Equal(labels, table.Take(labels.Count));
        Assert.Equal(-1, table.Find("click chrome.exe [Invoice 999998 – Workflow] 'Confirm'"));
    }
}
