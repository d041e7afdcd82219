using Deskmine.Mining.Recognition;

namespace Deskmine.Mining.Tests.Recognition;

public sealed class TemplateMinerTests
{
    [Fact]
    public void Many_distinct_numbers_become_a_placeholder_and_are_reported_as_variables()
    {
        var miner = new TemplateMiner();
        for (var i = 0; i < 20; i++)
            miner.Observe($"Invoice {4700 + i} - SAP");
        var (template, vars) = miner.Render("Invoice 4705 - SAP", 6, 0.05);
        Assert.Equal("Invoice <n> - SAP", template);
        Assert.Equal(["4705"], vars);
    }

    [Fact]
    public void A_text_observed_many_times_at_once_counts_as_often_as_one_by_one()
    {
        // Six invoice numbers make a variable slot, unless one of them fills most occurrences (6 < 0.05 × 205).
        var atOnce = new TemplateMiner();
        var oneByOne = new TemplateMiner();
        atOnce.Observe("Invoice 4700 - SAP", 200);
        for (var i = 0; i < 200; i++)
            oneByOne.Observe("Invoice 4700 - SAP");
        for (var i = 1; i < 6; i++)
        {
            atOnce.Observe($"Invoice {4700 + i} - SAP");
            oneByOne.Observe($"Invoice {4700 + i} - SAP");
        }

        Assert.Equal("Invoice 4701 - SAP", atOnce.Render("Invoice 4701 - SAP", 6, 0.05).Template);
        Assert.Equal(oneByOne.Render("Invoice 4701 - SAP", 6, 0.05), atOnce.Render("Invoice 4701 - SAP", 6, 0.05), new RenderComparer());
    }

    private sealed class RenderComparer : IEqualityComparer<(string Template, IReadOnlyList<string> Variables)>
    {
        public bool Equals((string Template, IReadOnlyList<string> Variables) x, (string Template, IReadOnlyList<string> Variables) y) =>
            x.Template == y.Template && x.Variables.SequenceEqual(y.Variables);

        public int GetHashCode((string Template, IReadOnlyList<string> Variables) obj) => obj.Template.GetHashCode(StringComparison.Ordinal);
    }

    [Fact]
    public void A_few_buttons_keep_their_numbers()
    {
        var miner = new TemplateMiner();
        for (var i = 0; i < 100; i++)
            miner.Observe(i % 2 == 0 ? "Button1" : "Button3");
        Assert.Equal("Button3", miner.Render("Button3", 6, 0.05).Template);
    }

    [Fact]
    public void Words_that_vary_in_one_position_become_a_wildcard()
    {
        var miner = new TemplateMiner();
        var names = new[] { "Acme", "Contoso", "Fabrikam", "Initech", "Globex", "Umbrella", "Hooli" };
        foreach (var n in names)
            miner.Observe($"Customer {n} details");
        Assert.Equal("Customer <*> details", miner.Render("Customer Hooli details", 6, 0.05).Template);
    }

    [Fact]
    public void Texts_share_one_string_per_word_and_separator_but_not_per_number()
    {
        var shared = new Dictionary<string, string>(StringComparer.Ordinal);
        var lookup = shared.GetAlternateLookup<ReadOnlySpan<char>>();

        var first = TemplateMiner.Tokenize("Invoice 4711 - SAP", lookup);
        var second = TemplateMiner.Tokenize("Invoice 4711 - SAP", lookup);

        Assert.Equal(["Invoice", " ", "4711", " ", "-", " ", "SAP"], first);
        Assert.Same(first[0], second[0]);
        Assert.Same(first[1], second[5]);
        Assert.Same(first[6], second[6]);
        Assert.NotSame(first[2], second[2]);
        Assert.DoesNotContain("4711", shared.Keys);
    }
}
