using Deskmine.Storage.DuckDb;

namespace Deskmine.Storage.Tests.DuckDb;

public sealed class ReadAheadTests
{
    [Fact]
    public void A_lazy_source_arrives_complete_and_in_order_across_batches()
    {
        var count = (ReadAhead.BatchSize * 3) + 17;
        Assert.Equal(Enumerable.Range(0, count), ReadAhead.Of(Lazy(count)).ToList());
    }

    [Fact]
    public void An_exception_of_the_source_surfaces_unchanged_after_the_items_before_it()
    {
        var seen = new List<int>();
        var error = Assert.Throws<FormatException>(() =>
        {
            foreach (var i in ReadAhead.Of(Failing(ReadAhead.BatchSize + 5)))
                seen.Add(i);
        });
        Assert.Equal("bad row", error.Message);
        Assert.Equal(Enumerable.Range(0, ReadAhead.BatchSize + 5), seen);
    }

    [Fact]
    public void Stopping_early_stops_and_disposes_the_source_before_returning()
    {
        var source = new Tracked();
        Assert.Equal(10, ReadAhead.Of(source.Items()).Take(10).Count());
        Assert.True(source.Disposed);
    }

    [Fact]
    public void Collections_are_passed_through_unchanged()
    {
        int[] items = [1, 2, 3];
        Assert.Same(items, ReadAhead.Of(items));
    }

    private static IEnumerable<int> Lazy(int count)
    {
        for (var i = 0; i < count; i++)
            yield return i;
    }

    private static IEnumerable<int> Failing(int before)
    {
        for (var i = 0; i < before; i++)
            yield return i;
        throw new FormatException("bad row");
    }

    private sealed class Tracked
    {
        public bool Disposed { get; private set; }

        public IEnumerable<int> Items()
        {
            try
            {
                for (var i = 0; ; i++)
                    yield return i;
            }
            finally
            {
                Disposed = true;
            }
        }
    }
}
