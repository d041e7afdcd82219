using Deskmine.Mining.Filters;
using Deskmine.Mining.Maps;

namespace Deskmine.Mining.Tests.Filters;

public class VariantFilterTests
{
    [Fact]
    public void Keeps_the_cases_of_the_top_k_variants_with_ties_by_first_appearance()
    {
        var log = Some.Traces("xy", "ab", "ab", "xy", "c", "ab");

        var filtered = new VariantFilter(new VariantFilterOptions { TopK = 2 }).Apply(log);

        Assert.Equal(["c0", "c1", "c2", "c3", "c5"], filtered.CaseIds);
        Assert.Equal(2, ProcessMaps.Discover(filtered).NumVariants);
    }

    [Fact]
    public void TopK_below_one_is_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new VariantFilter(new VariantFilterOptions { TopK = 0 }));
}
