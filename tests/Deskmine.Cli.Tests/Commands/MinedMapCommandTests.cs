using System.Text.Json;
using System.Text.RegularExpressions;
using Deskmine.Cli.Tests.Support;

namespace Deskmine.Cli.Tests.Commands;

/// <summary>Maps and reports of what 'deskmine mine' found: the step classifier, rare steps folded, progress.</summary>
[Collection(MinedCliCollection.Name)]
public sealed partial class MinedMapCommandTests(MinedCliWorkspace mined)
{
    private static readonly string[] JsonKeys =
        ["num_cases", "num_events", "activities", "start_activities", "end_activities", "dfg", "num_variants", "variants"];

    [Fact]
    public void Map_of_mined_cases_names_steps_keeps_the_json_shape_and_every_event()
    {
        Assert.True(mined.Mine.ExitCode == 0, mined.Mine.Error);

        var steps = CliRun.Of("map", mined.Directory, "--case", "mined", "--json");
        var raw = CliRun.Of("map", mined.Directory, "--case", "mined", "--classifier", "app,kind,target_name", "--json");

        Assert.True(steps.ExitCode == 0, steps.Error);
        using var json = JsonDocument.Parse(steps.Out);
        using var rawJson = JsonDocument.Parse(raw.Out);
        Assert.Equal(JsonKeys, json.RootElement.EnumerateObject().Select(p => p.Name));
        var activities = json.RootElement.GetProperty("activities").EnumerateObject().Select(p => p.Name).ToList();
        var rawActivities = rawJson.RootElement.GetProperty("activities").EnumerateObject().Count();
        Assert.InRange(activities.Count, 2, 30);
        Assert.True(rawActivities > 3 * activities.Count, $"steps abstract the recorded elements: {activities.Count} steps, {rawActivities} raw activities");
        // Step names read "App: verb 'element'", never the raw classifier's "app | kind | element".
        Assert.All(activities, a => Assert.DoesNotContain(" | ", a, StringComparison.Ordinal));
        Assert.Contains(activities, a => a.Contains(": ", StringComparison.Ordinal));
        Assert.Equal(rawJson.RootElement.GetProperty("num_events").GetInt64(), json.RootElement.GetProperty("num_events").GetInt64());
        Assert.Equal(rawJson.RootElement.GetProperty("num_cases").GetInt64(), json.RootElement.GetProperty("num_cases").GetInt64());
    }

    [Fact]
    public void Rare_steps_fold_into_one_other_step_that_shows_its_share()
    {
        var run = CliRun.Of("map", mined.Directory, "--case", "segment", "--json", "--max-activities", "8");

        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.Out);
        var activities = json.RootElement.GetProperty("activities").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt64());
        Assert.Equal(8, activities.Count);
        var other = Assert.Single(activities.Keys, a => a.StartsWith("Other (", StringComparison.Ordinal));
        var match = OtherName().Match(other);
        Assert.True(match.Success, other);
        var share = double.Parse(match.Groups["share"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var total = json.RootElement.GetProperty("num_events").GetInt64();
        Assert.Equal(100.0 * activities[other] / total, share, 0.05);
        Assert.Equal(total, activities.Values.Sum());
    }

    [Fact]
    public void The_step_classifier_cannot_be_mixed_with_fields_or_used_on_a_log_file()
    {
        var mixed = CliRun.Of("map", mined.Directory, "--case", "segment", "--classifier", "step,app");
        var file = mined.NewPath("log.csv");
        File.WriteAllText(file, "case_id,activity,timestamp\nc1,a,2024-01-01T00:00:00Z\n");
        var onFile = CliRun.Of("map", file, "--classifier", "step");

        Assert.Equal(CliApp.Usage, mixed.ExitCode);
        Assert.Contains("step stands alone", mixed.Error, StringComparison.Ordinal);
        Assert.Equal(CliApp.Usage, onFile.ExitCode);
        Assert.Contains("log file", onFile.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_after_mine_maps_each_mined_task_type_by_step_with_progress_on_stderr()
    {
        var output = mined.NewPath("report.html");

        var run = CliRun.Of("report", "-w", mined.Directory, "-o", output);

        Assert.True(run.ExitCode == 0, run.Error);
        foreach (var stage in new[] { "reading the workspace", "mapping", "analysing", "writing the HTML file", "done" })
            Assert.Contains(stage, run.Error, StringComparison.Ordinal);
        Assert.Contains("wrote ", run.Out, StringComparison.Ordinal);
        var html = File.ReadAllText(output);
        Assert.Contains("cases: segment; activities: step", html, StringComparison.Ordinal);
        var selector = MapSelector().Match(html).Value;
        var options = MapOption().Matches(selector).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups["name"].Value)).ToList();
        Assert.True(options.Count >= 2, "all work and at least one mined task type");
        Assert.Equal("All work", options[0]);
        using var data = JsonDocument.Parse(DataBlock().Match(html).Groups["json"].Value);
        var maps = data.RootElement.GetProperty("maps").EnumerateArray().ToList();
        Assert.Equal(options, maps.Select(m => m.GetProperty("name").GetString()));
        Assert.All(maps, m => Assert.InRange(m.GetProperty("activities").GetArrayLength(), 1, 30));
    }

    [Theory]
    [InlineData("--max-activities", "1", "--max-activities must be 0 (no limit) or at least 2")]
    [InlineData("--fold-below", "101", "--fold-below must be between 0 and 100")]
    public void Folding_settings_out_of_range_are_usage_errors(string option, string value, string message)
    {
        var run = CliRun.Of("map", mined.Directory, "--case", "segment", option, value);

        Assert.Equal(CliApp.Usage, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_without_analysis_keeps_the_maps_and_leaves_out_the_candidates()
    {
        var full = mined.NewPath("full.html");
        var maps = mined.NewPath("maps.html");

        Assert.Equal(CliApp.Ok, CliRun.Of("report", "-w", mined.Directory, "-o", full).ExitCode);
        Assert.Equal(CliApp.Ok, CliRun.Of("report", "-w", mined.Directory, "-o", maps, "--no-analysis").ExitCode);

        Assert.Contains("id=\"candidates\"", File.ReadAllText(full), StringComparison.Ordinal);
        var html = File.ReadAllText(maps);
        Assert.DoesNotContain("id=\"candidates\"", html, StringComparison.Ordinal);
        Assert.Contains("<select id=\"map-select\">", html, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^Other \((?<n>\d+) rare steps, (?<share>[0-9.]+) % of events\)$")]
    private static partial Regex OtherName();

    [GeneratedRegex("<select id=\"map-select\">.*?</select>", RegexOptions.Singleline)]
    private static partial Regex MapSelector();

    [GeneratedRegex("<option value=\"\\d+\">(?<name>[^<]*)</option>")]
    private static partial Regex MapOption();

    [GeneratedRegex("<script type=\"application/json\" id=\"deskmine-data\">(?<json>.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex DataBlock();
}
