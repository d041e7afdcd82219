using Deskmine.Storage.Workspaces;
using Deskmine.Workspaces.Recognition;

namespace Deskmine.Workspaces.Tests.Recognition;

public sealed class DerivedRowsSpillTests
{
    [Fact]
    public void Gives_back_every_row_in_the_order_added_and_counts_the_noise()
    {
        var rows = Enumerable.Range(0, 150_001)
            .Select(i => new DerivedRow(Guid.CreateVersion7(), i % 7 == 0 ? -1 : i / 3, i % 1000)).ToList();
        using var spill = new DerivedRowsSpill();
        foreach (var row in rows)
            spill.Add(row);

        Assert.Equal(rows, spill.Read());
        Assert.Equal(rows.Count, spill.Count);
        Assert.Equal(rows.Count(r => r.Segment < 0), spill.Noise);
    }

    [Fact]
    public void Leaves_no_file_behind_even_before_it_is_closed()
    {
        var directory = Directory.CreateTempSubdirectory("deskmine-spill-").FullName;
        try
        {
            var spill = new DerivedRowsSpill(directory);
            for (var i = 0; i < 100_000; i++)
                spill.Add(new DerivedRow(Guid.Empty, i, i));

            // A run killed now (no Dispose) leaves nothing: the file has no name while its rows are written and read.
            Assert.Empty(Directory.EnumerateFileSystemEntries(directory));
            Assert.Equal(100_000, spill.Read().Count());
            spill.Dispose();
            Assert.Empty(Directory.EnumerateFileSystemEntries(directory));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Takes_no_rows_after_they_are_read()
    {
        using var spill = new DerivedRowsSpill();
        spill.Add(new DerivedRow(Guid.Empty, 0, 0));
        Assert.Single(spill.Read());

        Assert.Throws<InvalidOperationException>(() => spill.Add(new DerivedRow(Guid.Empty, 1, 1)));
    }
}
