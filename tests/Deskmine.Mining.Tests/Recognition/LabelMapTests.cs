using Deskmine.Mining.Recognition;

namespace Deskmine.Mining.Tests.Recognition;

public sealed class LabelMapTests
{
    [Fact]
    public void Answers_as_a_dictionary_of_labels_in_label_order()
    {
        var table = new LabelTable();
        foreach (var l in new[] { "click A", "click B", "type C" })
            table.Add(l, out _);
        var map = new LabelMap<string>(table, [1, 1, 0], ["Type", "Click"]);

        Assert.Equal(3, map.Count);
        Assert.Equal(["click A", "click B", "type C"], map.Keys);
        Assert.Equal(["Click", "Click", "Type"], map.Values);
        Assert.Equal(new Dictionary<string, string> { ["click A"] = "Click", ["click B"] = "Click", ["type C"] = "Type" }, map);
        Assert.Equal("Type", map["type C"]);
        Assert.True(map.ContainsKey("click B"));
        Assert.False(map.TryGetValue("click C", out _));
        Assert.Throws<KeyNotFoundException>(() => map["click C"]);
    }
}
