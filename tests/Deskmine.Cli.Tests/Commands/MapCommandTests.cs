using System.Text.Json;
using Deskmine.Cli.Tests.Support;

namespace Deskmine.Cli.Tests.Commands;

public sealed class MapCommandTests
{
    public static TheoryData<string> ReferenceLogs()
    {
        var data = new TheoryData<string>();
        if (SharedData.Root is null)
        {
            data.Add(SharedData.MissingReason);
            return data;
        }
        foreach (var file in Directory.GetFiles(SharedData.PathOf("data/eventlogs/expected"), "*.json").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileNameWithoutExtension(file));
        return data;
    }

    /// <summary>The contract of <c>map --json</c>, checked against pm4py's answers on every reference log.</summary>
    [SkippableTheory]
    [MemberData(nameof(ReferenceLogs))]
    public void Json_map_of_a_reference_log_equals_pm4py(string log)
    {
        Skip.If(log == SharedData.MissingReason, SharedData.MissingReason);
        var run = CliRun.Of("map", SharedData.PathOf("data/eventlogs/logs/" + log), "--json");

        Assert.Equal(CliApp.Ok, run.ExitCode);
        using var ours = JsonDocument.Parse(run.Out);
        using var theirs = JsonDocument.Parse(File.ReadAllText(SharedData.PathOf($"data/eventlogs/expected/{log}.json")));
        var o = ours.RootElement;
        var t = theirs.RootElement;
        Assert.Equal(t.GetProperty("num_cases").GetInt32(), o.GetProperty("num_cases").GetInt32());
        Assert.Equal(t.GetProperty("num_events").GetInt64(), o.GetProperty("num_events").GetInt64());
        Assert.Equal(Counts(t.GetProperty("activities")), Counts(o.GetProperty("activities")));
        Assert.Equal(Counts(t.GetProperty("start_activities")), Counts(o.GetProperty("start_activities")));
        Assert.Equal(Counts(t.GetProperty("end_activities")), Counts(o.GetProperty("end_activities")));
        Assert.Equal(t.GetProperty("num_variants").GetInt32(), o.GetProperty("num_variants").GetInt32());

        var edges = o.GetProperty("dfg").EnumerateArray().ToDictionary(e => (e.GetProperty("source").GetString(), e.GetProperty("target").GetString()));
        Assert.Equal(t.GetProperty("dfg").GetArrayLength(), edges.Count);
        foreach (var expected in t.GetProperty("dfg").EnumerateArray())
        {
            var key = (expected.GetProperty("source").GetString(), expected.GetProperty("target").GetString());
            Assert.True(edges.TryGetValue(key, out var edge), $"missing edge {key}");
            Assert.Equal(expected.GetProperty("frequency").GetInt64(), edge.GetProperty("frequency").GetInt64());
            foreach (var measure in new[] { "mean_s", "median_s", "min_s", "max_s", "sum_s" })
                AssertTime(expected.GetProperty(measure), edge.GetProperty(measure), $"{key} {measure}");
        }

        var variants = o.GetProperty("variants").EnumerateArray().ToList();
        var counts = variants.Select(v => v.GetProperty("count").GetInt32()).ToList();
        Assert.Equal(counts.OrderDescending(), counts);
        var top = t.GetProperty("top_variants").EnumerateArray().First();
        Assert.Equal(top.GetProperty("count").GetInt32(), counts[0]);
    }

    [SkippableFact]
    public void Text_map_summarises_the_log()
    {
        Skip.If(SharedData.Root is null, SharedData.MissingReason);
        var run = CliRun.Of("map", SharedData.PathOf("data/eventlogs/logs/running-example.xes"), "--paths", "50");

        Assert.Equal(CliApp.Ok, run.ExitCode);
        Assert.StartsWith("6 cases, 42 events, 8 activities", run.Out, StringComparison.Ordinal);
        Assert.Contains("register request", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_input_is_bad_input_naming_it()
    {
        var run = CliRun.Of("map", "/no/such/log.xes", "--json");

        Assert.Equal(CliApp.BadInput, run.ExitCode);
        Assert.Contains("/no/such/log.xes", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Out);
    }

    [Theory]
    [InlineData("--activities", "120")]
    [InlineData("--paths", "-1")]
    [InlineData("--where", "nonsense")]
    [InlineData("--format", "pdf")]
    public void Out_of_range_options_are_usage_errors(string option, string value)
    {
        var run = CliRun.Of("map", "x.csv", option, value);

        Assert.Equal(CliApp.Usage, run.ExitCode);
    }

    private static Dictionary<string, long> Counts(JsonElement obj) =>
        obj.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt64());

    private static void AssertTime(JsonElement expected, JsonElement actual, string what)
    {
        if (expected.ValueKind == JsonValueKind.Null)
        {
            Assert.True(actual.ValueKind == JsonValueKind.Null, $"{what}: expected null");
            return;
        }
        var e = expected.GetDouble();
        var a = actual.GetDouble();
        Assert.True(Math.Abs(e - a) <= Math.Max(Math.Abs(e) * 1e-6, 1e-9), $"{what}: expected {e}, got {a}");
    }
}
