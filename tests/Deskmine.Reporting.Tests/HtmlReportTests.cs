using System.Text.Json;
using System.Text.RegularExpressions;
using Deskmine.Mining.Maps;
using Deskmine.Reporting.Tests.Support;

namespace Deskmine.Reporting.Tests;

public sealed partial class HtmlReportTests
{
    private const string Hostile = "<script>alert('x')</script> & \"quoted\" \\N";

    [Fact]
    public void Report_loads_no_resource_from_the_network()
    {
        var html = HtmlReport.Render(Some.Model());

        var references = ResourceAttribute().Matches(html).Select(m => m.Groups["url"].Value).ToList();

        Assert.NotEmpty(references); // the section links are href attributes, so the scan does see attributes
        Assert.All(references, url => Assert.DoesNotMatch("^(?i)(https?:)?//", url));
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script src", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Report_inlines_the_viz_bundle_and_the_page_script()
    {
        var html = HtmlReport.Render(Some.Model());

        Assert.Contains("Viz.js 3.31.0", html, StringComparison.Ordinal);
        Assert.Contains("graphvizVersion=\"16.1.0\"", html, StringComparison.Ordinal);
        Assert.Contains("viz.renderSVGElement(dot)", html, StringComparison.Ordinal);
        Assert.True(html.Length > 1_300_000, $"report is {html.Length} characters; the wasm bundle alone is about 1.3 MB");
    }

    [Fact]
    public void Data_block_holds_every_activity_and_edge_of_the_map()
    {
        var map = Some.Map();

        using var data = JsonDocument.Parse(DataBlock(HtmlReport.Render(Some.Model(map))));

        var first = data.RootElement.GetProperty("maps")[0];
        Assert.Equal(map.Activities.Count, first.GetProperty("activities").GetArrayLength());
        Assert.Equal(map.Edges.Count, first.GetProperty("edges").GetArrayLength());
        Assert.Equal(map.NumCases, first.GetProperty("cases").GetInt32());
        Assert.Equal(map.Activities[0].Name, first.GetProperty("activities")[0][0].GetString());
        Assert.Equal(40, data.RootElement.GetProperty("options").GetProperty("paths").GetInt32());
    }

    [Fact]
    public void Hostile_activity_names_are_escaped_in_html_and_json()
    {
        var map = Some.Map(activities: 6, cases: 40, names: [Hostile, "Pay </script><b>now</b>"]);
        var model = Some.Model(map) with { Title = "<img src=x onerror=alert(1)>", Teams = [new TeamStatistics { Team = "<b>Ops</b>", People = 9, Cases = 1, Events = 2 }] };

        var html = HtmlReport.Render(model);

        Assert.DoesNotContain("<script>alert", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img src=x", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot; \\N", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
        // Exactly three script elements: the data, Viz.js and the page script.
        Assert.Equal(3, Regex.Matches(html, "<script", RegexOptions.IgnoreCase).Count);
        using var data = JsonDocument.Parse(DataBlock(html));
        var names = data.RootElement.GetProperty("maps")[0].GetProperty("activities").EnumerateArray().Select(a => a[0].GetString()).ToList();
        Assert.Contains(Hostile, names);
    }

    [Fact]
    public void Report_carries_the_licence_notices_of_viz_graphviz_and_expat()
    {
        var html = HtmlReport.Render(Some.Model());

        Assert.Contains("MIT License, Copyright (c) 2014-2016 Michael Daines", html, StringComparison.Ordinal);
        Assert.Contains("Graphviz 16.1.0 (Eclipse Public License 1.0", html, StringComparison.Ordinal);
        Assert.Contains("Eclipse Public License - v 1.0", html, StringComparison.Ordinal);
        Assert.Contains("Thai Open Source Software Center Ltd and Clark Cooper", html, StringComparison.Ordinal);
        Assert.Contains("id=\"about\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Header_shows_summary_figures_and_the_generation_time_given()
    {
        var map = Some.Map();

        var html = HtmlReport.Render(Some.Model(map));

        Assert.Contains("<title>Accounts payable — March</title>", html, StringComparison.Ordinal);
        Assert.Contains("2025-03-14 09:30 UTC", html, StringComparison.Ordinal);
        Assert.Contains($"<dt>Cases</dt><dd>{map.NumCases:N0}</dd>", html, StringComparison.Ordinal);
        Assert.Contains($"<dt>Variants</dt><dd>{map.NumVariants:N0}</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>People</dt><dd>16</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Mean case duration</dt>", html, StringComparison.Ordinal);
        Assert.Contains("<noscript>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Teams_smaller_than_the_minimum_group_show_no_figures()
    {
        var html = HtmlReport.Render(Some.Model(), HtmlReportOptions.Default with { MinGroupSize = 5 });

        Assert.Contains("Night shift</td><td class=\"suppressed\" colspan=\"6\">hidden: fewer than 5 people", html, StringComparison.Ordinal);
        Assert.DoesNotContain("16m 39s", html, StringComparison.Ordinal); // Night shift's 999 s mean
        Assert.Contains("Invoices Berlin</td><td class=\"num\">8</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Variants_table_is_cut_at_the_maximum_and_summarises_the_rest()
    {
        var map = Some.Map();

        var html = HtmlReport.Render(Some.Model(map), HtmlReportOptions.Default with { MaxVariants = 3 });

        var variantsSection = html[html.IndexOf("<section id=\"variants\">", StringComparison.Ordinal)..html.IndexOf("<section id=\"activities\">", StringComparison.Ordinal)];
        Assert.Equal(3, Regex.Matches(variantsSection, "<tr><td>").Count);
        Assert.Contains($"{map.NumVariants - 3:N0} more variants cover", variantsSection, StringComparison.Ordinal);
    }

    [Fact]
    public void Same_model_gives_the_same_bytes()
    {
        var model = Some.Model();

        Assert.Equal(HtmlReport.Render(model), HtmlReport.Render(model));
    }

    [Fact]
    public void Task_maps_are_offered_in_the_map_selector_and_sent_as_data()
    {
        var model = Some.Model() with { TaskMaps = [new TaskMap("Invoice <entry>", Some.Map(activities: 8, cases: 50, seed: 3))] };

        var html = HtmlReport.Render(model);

        Assert.Contains("<option value=\"1\">Invoice &lt;entry&gt;</option>", html, StringComparison.Ordinal);
        using var data = JsonDocument.Parse(DataBlock(html));
        Assert.Equal(2, data.RootElement.GetProperty("maps").GetArrayLength());
        Assert.Equal("Invoice <entry>", data.RootElement.GetProperty("maps")[1].GetProperty("name").GetString());
    }

    [Fact]
    public void A_map_whose_edges_name_an_unlisted_activity_is_rejected()
    {
        var map = Some.Map(activities: 5, cases: 20);
        var broken = map with { Edges = [.. map.Edges, new DfgEdge("Ghost", map.Activities[0].Name, 1, null, null, null, null, null)] };

        var error = Assert.Throws<ArgumentException>(() => HtmlReport.Render(Some.Model(broken)));

        Assert.Contains("'Ghost'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1, 40, 25, 5)]
    [InlineData(101, 40, 25, 5)]
    [InlineData(100, 101, 25, 5)]
    [InlineData(100, 40, 0, 5)]
    [InlineData(100, 40, 25, 0)]
    public void Out_of_range_options_are_refused(int activities, int paths, int maxVariants, int minGroup)
    {
        var options = new HtmlReportOptions { InitialActivitiesPercent = activities, InitialPathsPercent = paths, MaxVariants = maxVariants, MinGroupSize = minGroup };

        Assert.Throws<ArgumentOutOfRangeException>(() => HtmlReport.Render(Some.Model(), options));
    }

    [Fact]
    public void WriteFile_writes_utf8_without_byte_order_mark()
    {
        var path = Path.Combine(Path.GetTempPath(), $"deskmine-report-{Guid.NewGuid():N}.html");
        try
        {
            HtmlReport.WriteFile(Some.Model(), path);

            var bytes = File.ReadAllBytes(path);
            Assert.Equal((byte)'<', bytes[0]);
            Assert.StartsWith("<!DOCTYPE html>", System.Text.Encoding.UTF8.GetString(bytes, 0, 20), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    internal static string DataBlock(string html)
    {
        const string open = "<script type=\"application/json\" id=\"deskmine-data\">";
        var start = html.IndexOf(open, StringComparison.Ordinal) + open.Length;
        var end = html.IndexOf("</script>", start, StringComparison.Ordinal);
        return html[start..end];
    }

    [GeneratedRegex("""\b(?:src|href|action|poster|data)\s*=\s*["']?(?<url>[^"'\s>]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex ResourceAttribute();
}
