using Deskmine.Workspaces.Recognition;

namespace Deskmine.Workspaces.Tests.Recognition;

public sealed class DerivedRowsSpillTests
{
    [Fact]
    public void Gives_back_every_row_in_the_order_added_and_counts_the_noise()
    {
        var rows = Enumerable.Range(0, 150_001)
            .Select(i => new DerivedRowsSpill.Row(Guid.CreateVersion7(), i % 7 == 0 ? -1 : i / 3, i % 1000)).ToList();
        using var spill = new DerivedRowsSpill();
        foreach (var row in rows)
            spill.Add(row);

        Assert.Equal(rows, spill.Read());
        Assert.Equal(rows.Count, spill.Count);
        Assert.Equal(rows.Count(r => r.Segment < 0), spill.Noise);
    }

    [Fact]
    public void Takes_no_rows_after_they_are_read()
    {
        using var spill = new DerivedRowsSpill();
        spill.Add(new DerivedRowsSpill.Row(Guid.Empty, 0, 0));
        Assert.Single(spill.Read());

        Assert.Throws<InvalidOperationException>(() => spill.Add(new DerivedRowsSpill.Row(Guid.Empty, 1, 1)));
    }
}
