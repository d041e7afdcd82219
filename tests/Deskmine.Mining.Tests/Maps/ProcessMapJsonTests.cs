using System.Text.Json;
using Deskmine.Mining.Maps;

namespace Deskmine.Mining.Tests.Maps;

public class ProcessMapJsonTests
{
    [Fact]
    public void Writes_the_contract_shape_with_keys_in_a_stable_order()
    {
        var map = ProcessMaps.Discover(Some.Log(("c1", "a", 0), ("c1", "b", 1.5), ("c2", "a", 0), ("c2", "b", 0.5), ("c3", "b", null)));

        var json = ProcessMapJson.ToJson(map, indented: false);

        Assert.Equal(
            """{"num_cases":3,"num_events":5,"activities":{"b":3,"a":2},"start_activities":{"a":2,"b":1},"end_activities":{"b":3}"""
            + ""","dfg":[{"source":"a","target":"b","frequency":2,"mean_s":1,"median_s":1,"min_s":0.5,"max_s":1.5,"sum_s":2}]"""
            + ""","num_variants":2,"variants":[{"activities":["a","b"],"count":2},{"activities":["b"],"count":1}]}""",
            json);
    }

    [Fact]
    public void Unknown_times_are_written_as_null()
    {
        var map = ProcessMaps.Discover(Some.Log(("c1", "a", null), ("c1", "b", null)));

        using var doc = JsonDocument.Parse(ProcessMapJson.ToJson(map));
        var edge = doc.RootElement.GetProperty("dfg")[0];
        Assert.Equal(JsonValueKind.Null, edge.GetProperty("median_s").ValueKind);
        Assert.Equal(1, edge.GetProperty("frequency").GetInt32());
    }

    [Fact]
    public void Variant_names_are_escaped_as_everywhere_else_including_names_the_activity_list_lacks()
    {
        var map = new ProcessMap
        {
            NumCases = 2,
            NumEvents = 3,
            Activities = [new ActivityStat("Café \"Ω\"", 2, 2)],
            StartActivities = new Dictionary<string, int> { ["Café \"Ω\""] = 2 },
            EndActivities = new Dictionary<string, int> { ["Café \"Ω\""] = 1, ["<b>"] = 1 },
            Edges = [],
            NumVariants = 2,
            Variants = [new Variant(["Café \"Ω\""], 1, null, null), new Variant(["Café \"Ω\"", "<b>"], 1, null, null)],
        };

        var json = ProcessMapJson.ToJson(map, indented: false);

        Assert.Equal(
            """{"num_cases":2,"num_events":3,"activities":{"Caf\u00E9 \u0022\u03A9\u0022":2},"start_activities":{"Caf\u00E9 \u0022\u03A9\u0022":2}"""
            + ""","end_activities":{"\u003Cb\u003E":1,"Caf\u00E9 \u0022\u03A9\u0022":1},"dfg":[],"num_variants":2"""
            + ""","variants":[{"activities":["Caf\u00E9 \u0022\u03A9\u0022"],"count":1},{"activities":["Caf\u00E9 \u0022\u03A9\u0022","\u003Cb\u003E"],"count":1}]}""",
            json);
    }

    [Fact]
    public void Orders_counts_by_count_then_name_edges_by_source_then_target_and_keeps_tied_variants_in_map_order()
    {
        var map = new ProcessMap
        {
            NumCases = 6,
            NumEvents = 9,
            Activities = [new ActivityStat("b", 3, 3), new ActivityStat("c", 3, 3), new ActivityStat("a", 3, 2)],
            StartActivities = new Dictionary<string, int> { ["c"] = 2, ["a"] = 2, ["b"] = 4 },
            EndActivities = new Dictionary<string, int> { ["b"] = 1 },
            Edges =
            [
                new DfgEdge("b", "a", 1, null, null, null, null, null),
                new DfgEdge("a", "c", 2, null, null, null, null, null),
                new DfgEdge("a", "b", 3, null, null, null, null, null),
            ],
            NumVariants = 4,
            Variants =
            [
                new Variant(["c"], 1, null, null), new Variant(["b", "a"], 2, null, null),
                new Variant(["a"], 1, null, null), new Variant(["b"], 2, null, null),
            ],
        };

        var json = ProcessMapJson.ToJson(map, indented: false);

        Assert.Equal(
            """{"num_cases":6,"num_events":9,"activities":{"a":3,"b":3,"c":3},"start_activities":{"b":4,"a":2,"c":2},"end_activities":{"b":1}"""
            + ""","dfg":[{"source":"a","target":"b","frequency":3,"mean_s":null,"median_s":null,"min_s":null,"max_s":null,"sum_s":null},"""
            + """{"source":"a","target":"c","frequency":2,"mean_s":null,"median_s":null,"min_s":null,"max_s":null,"sum_s":null},"""
            + """{"source":"b","target":"a","frequency":1,"mean_s":null,"median_s":null,"min_s":null,"max_s":null,"sum_s":null}]"""
            + ""","num_variants":4,"variants":[{"activities":["b","a"],"count":2},{"activities":["b"],"count":2},{"activities":["c"],"count":1},{"activities":["a"],"count":1}]}""",
            json);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Variant_arrays_are_laid_out_as_the_writer_lays_out_each_value(bool indented)
    {
        var map = new ProcessMap
        {
            NumCases = 4,
            NumEvents = 7,
            Activities = [new ActivityStat("Café \"Ω\"", 3, 3), new ActivityStat("a", 2, 2)],
            StartActivities = new Dictionary<string, int> { ["a"] = 2 },
            EndActivities = new Dictionary<string, int> { ["<b>"] = 1 },
            Edges = [],
            NumVariants = 4,
            Variants =
            [
                new Variant(["a", "Café \"Ω\"", "<b>"], 2, null, null), new Variant(["Café \"Ω\""], 1, null, null),
                new Variant([], 1, null, null), new Variant(["😀 x", "a"], 1, null, null),
            ],
        };

        var json = ProcessMapJson.ToJson(map, indented);

        // The same document written again value by value by the writer itself.
        using var doc = JsonDocument.Parse(json);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented }))
            doc.WriteTo(writer);
        Assert.Equal(System.Text.Encoding.UTF8.GetString(stream.ToArray()), json);
        Assert.Equal(["a", "Café \"Ω\"", "<b>"], doc.RootElement.GetProperty("variants")[0].GetProperty("activities").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(0, doc.RootElement.GetProperty("variants")[2].GetProperty("activities").GetArrayLength());
    }
}
