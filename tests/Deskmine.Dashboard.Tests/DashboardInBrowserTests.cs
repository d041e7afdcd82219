using System.Text.Json;
using System.Text.RegularExpressions;
using Deskmine.Dashboard.Tests.Support;
using Microsoft.Playwright;

namespace Deskmine.Dashboard.Tests;

/// <summary>
/// The dashboard as its users see it: Debian's Chromium, driven by Playwright, against <c>deskmine serve</c> on
/// 127.0.0.1 over a simulated, mined back office. Every test keeps a screenshot in .build/test-results/dashboard.
/// </summary>
public sealed partial class DashboardInBrowserTests(DashboardSite site) : IClassFixture<DashboardSite>
{
    private static readonly Regex Cases = CasesPattern();

    [SkippableFact]
    public async Task An_analyst_logs_in_opens_the_map_moves_a_slider_and_filters_a_team()
    {
        Skip.If(site.Unavailable is not null, site.Unavailable);
        var page = await site.LogInAsync("analyst");
        var outside = new List<string>();
        page.Request += (_, request) =>
        {
            var uri = new Uri(request.Url);
            if (uri.Scheme is "http" or "https" && uri.Host != site.Address.Host)
                outside.Add(request.Url);
        };
        await site.ScreenshotAsync(page, "01-overview");

        await page.GetByRole(AriaRole.Link, new() { Name = "Process explorer" }).ClickAsync();
        var nodes = page.Locator("svg.map-svg g.node[data-activity]");
        await nodes.First.WaitForAsync();
        var before = await nodes.CountAsync();
        var casesBefore = await CaseCountAsync(page);
        Assert.True(before >= 3, $"the map shows {before} activities");
        // The whole map is in view: it fits the canvas's width by default, nothing cut off at the right.
        Assert.True(await page.Locator("input[name=fit]").IsCheckedAsync(), "Fit to width is on by default");
        var widths = await page.EvaluateAsync<double[]>(
            "() => { const c = document.querySelector('.map-canvas'); const s = c.querySelector('svg.map-svg'); return [s.getBoundingClientRect().width, c.clientWidth, c.scrollWidth]; }");
        Assert.True(widths[0] <= widths[1] && widths[2] <= widths[1], $"map {widths[0]} px wide, canvas {widths[1]} px, scrolls to {widths[2]} px");
        await site.ScreenshotAsync(page, "02-map");

        // The activity slider keeps fewer activities: the server answers with a smaller map.
        await page.Locator("input[name=activities]").FillAsync("10");
        await WaitUntilAsync(async () => await nodes.CountAsync() is var n && n > 0 && n < before, "the map to shrink after the activities slider moved");
        await site.ScreenshotAsync(page, "03-map-activities-10");
        // The slider alone drops cases whose events all went: the team's map must have fewer than this map.
        var casesAt10 = await CaseCountAsync(page);

        // A team filter keeps the cases of one team only.
        var team = page.GetByLabel("Team", new() { Exact = true });
        await WaitUntilAsync(async () => await team.Locator("option").CountAsync() > 1, "the team list to load");
        var teamName = await team.Locator("option").Nth(1).TextContentAsync();
        await team.SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await WaitUntilAsync(async () => await CaseCountAsync(page) < casesAt10, $"fewer cases than {casesAt10} for team {teamName}");
        Assert.True(await CaseCountAsync(page) > 0);
        await site.ScreenshotAsync(page, "04-map-team");

        // A step's events open beside the map.
        var activity = await nodes.First.GetAttributeAsync("data-activity");
        await nodes.First.ClickAsync();
        var drill = page.GetByRole(AriaRole.Complementary, new() { Name = "Step details" });
        await drill.GetByRole(AriaRole.Heading, new() { Name = activity!, Exact = true }).WaitForAsync();
        await WaitUntilAsync(async () => !(await drill.InnerTextAsync()).Contains("Loading", StringComparison.Ordinal), "the step's events");
        Assert.DoesNotContain("Could not load", await drill.InnerTextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("0 events in 0 cases", await drill.InnerTextAsync(), StringComparison.Ordinal);
        await site.ScreenshotAsync(page, "05-map-step");

        // Back to all teams with the step open, and a click at once on the map being redrawn: the panel waits for the
        // new map and then shows the step under the new filters (it once showed "0 events in 0 cases" here).
        await team.SelectOptionAsync(new SelectOptionValue { Index = 0 });
        await nodes.First.ClickAsync();
        await WaitUntilAsync(async () => await CaseCountAsync(page) >= casesAt10, $"all teams' cases ({casesAt10}) again");
        await WaitUntilAsync(
            async () => await page.Locator(".map-canvas.stale").CountAsync() == 0 && !(await drill.InnerTextAsync()).Contains("Loading", StringComparison.Ordinal),
            "the map and the step's events for all teams");
        var followed = await drill.InnerTextAsync();
        Assert.DoesNotContain("0 events in 0 cases", followed, StringComparison.Ordinal);
        Assert.True(
            followed.Contains(" events in ", StringComparison.Ordinal) || followed.Contains("no events under the current filters", StringComparison.Ordinal),
            $"the step panel after the filter change: {followed}");

        await page.GetByRole(AriaRole.Button, new() { Name = "Reset filters" }).ClickAsync();
        Assert.Empty(outside);
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task An_analyst_opens_a_candidate_with_its_score_parts_savings_and_sensitivity()
    {
        Skip.If(site.Unavailable is not null, site.Unavailable);
        var page = await site.LogInAsync("analyst");
        var link = page.Locator("a.candidate-link").First;
        var name = (await link.TextContentAsync())!;
        await link.ClickAsync();

        await page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1 }).WaitForAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Return on investment" }).WaitForAsync();
        var facts = await page.Locator("dl.facts").First.InnerTextAsync();
        Assert.Contains("Savings per year", facts, StringComparison.Ordinal);
        Assert.Contains("Payback", facts, StringComparison.Ordinal);
        Assert.True(await page.Locator("table.bars tbody tr").CountAsync() >= 5, "score parts listed");
        Assert.True(await page.Locator("table.tornado tbody tr").CountAsync() >= 1, "sensitivity listed");
        await site.ScreenshotAsync(page, "06-candidate");
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Renaming_a_task_type_shows_the_new_name_on_every_page()
    {
        Skip.If(site.Unavailable is not null, site.Unavailable);
        var page = await site.LogInAsync("analyst");
        // The task type of the best candidate, so that the candidates list shows the new name too.
        var candidates = await page.APIRequest.GetAsync("/api/v1/candidates");
        Assert.Equal(200, candidates.Status);
        using var list = JsonDocument.Parse(await candidates.TextAsync());
        var id = list.RootElement[0].GetProperty("task_type").GetString()!;
        const string NewName = "Invoice posting renamed in the dashboard";

        await page.GetByRole(AriaRole.Link, new() { Name = "Task types" }).ClickAsync();
        var row = page.Locator($"tr[data-task='{id}']");
        await row.GetByRole(AriaRole.Textbox).FillAsync(NewName);
        await row.GetByRole(AriaRole.Button, new() { Name = "Rename" }).ClickAsync();
        await page.Locator($"tr[data-task='{id}'] th", new() { HasText = NewName }).WaitForAsync();
        await site.ScreenshotAsync(page, "07-tasks-renamed");

        await page.GetByRole(AriaRole.Link, new() { Name = "Process explorer" }).ClickAsync();
        var taskType = page.GetByLabel("Task type", new() { Exact = true });
        await WaitUntilAsync(async () => (await taskType.InnerTextAsync()).Contains(NewName, StringComparison.Ordinal), "the task type filter to list the new name");

        await page.GetByRole(AriaRole.Link, new() { Name = "Candidates" }).ClickAsync();
        await page.Locator("a.candidate-link", new() { HasText = NewName }).First.WaitForAsync();
        await site.ScreenshotAsync(page, "08-candidates-renamed");

        await page.GetByRole(AriaRole.Link, new() { Name = "Overview" }).ClickAsync();
        await page.Locator("a.candidate-link", new() { HasText = NewName }).First.WaitForAsync();
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task A_viewer_sees_no_person_level_data()
    {
        Skip.If(site.Unavailable is not null, site.Unavailable);
        Assert.NotEmpty(site.People);

        // Control: an admin's drill-down of the same step names people, so their absence below means something.
        var admin = await site.LogInAsync("admin");
        var activity = await OpenFirstStepAsync(admin);
        var adminText = await admin.GetByRole(AriaRole.Complementary, new() { Name = "Step details" }).InnerTextAsync();
        Assert.Contains(site.People, p => adminText.Contains(p, StringComparison.Ordinal));
        await admin.Context.CloseAsync();

        var viewer = await site.LogInAsync("viewer");
        Assert.Equal(activity, await OpenFirstStepAsync(viewer));
        await site.ScreenshotAsync(viewer, "09-viewer-step");
        var text = await viewer.Locator("body").InnerTextAsync();
        Assert.DoesNotContain(site.People, p => text.Contains(p, StringComparison.Ordinal));

        Assert.Equal(0, await viewer.GetByRole(AriaRole.Link, new() { Name = "Administration" }).CountAsync());
        await viewer.GotoAsync("/#/admin");
        await viewer.GetByText("This page needs the admin role.").WaitForAsync();
        foreach (var path in new[] { "/api/v1/sessions", "/api/v1/audit" })
        {
            var answer = await viewer.APIRequest.GetAsync(path);
            Assert.True(answer.Status == 403, $"{path} answered {answer.Status} to a viewer");
        }
        await site.ScreenshotAsync(viewer, "10-viewer-admin-refused");
        await viewer.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task An_employee_sees_what_was_stored_about_them_and_about_nobody_else()
    {
        Skip.If(site.Unavailable is not null, site.Unavailable);
        var page = await site.LogInAsAsync("employee1");
        await page.GetByRole(AriaRole.Link, new() { Name = "My data" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "What was stored about me" }).WaitForAsync();
        var card = page.Locator("main .card");
        await WaitUntilAsync(async () => !(await card.InnerTextAsync()).Contains("Loading", StringComparison.Ordinal), "the employee's data");
        var text = await page.Locator("main").InnerTextAsync();
        Assert.Contains(site.Employee, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Could not load", text, StringComparison.Ordinal);
        Assert.True(await card.Locator("table.data tbody tr").CountAsync() > 0, "the latest events are listed");
        Assert.DoesNotContain(site.People.Where(p => p != site.Employee), p => text.Contains(p, StringComparison.Ordinal));
        await site.ScreenshotAsync(page, "11-employee-my-data");
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task An_agent_device_token_reads_nothing()
    {
        Skip.If(site.Unavailable is not null, site.Unavailable);
        var playwright = await Playwright.CreateAsync();
        try
        {
            await using var agent = await playwright.APIRequest.NewContextAsync(new APIRequestNewContextOptions
            {
                BaseURL = site.Address.ToString(),
                ExtraHTTPHeaders = new Dictionary<string, string> { ["Authorization"] = "Bearer " + DashboardSite.DeviceToken },
            });
            // Control: the device token is valid — it may send events.
            var upload = await agent.PostAsync("/api/v1/events", new APIRequestContextOptions
            {
                Headers = new Dictionary<string, string> { ["Content-Type"] = "application/json" },
                Data = "{\"device\":\"d1\",\"events\":[]}",
            });
            Assert.True(upload.Status is 200 or 400, $"the device token was refused for upload: {upload.Status}");
            foreach (var path in new[] { "/api/v1/overview", "/api/v1/map", "/api/v1/variants", "/api/v1/tasks", "/api/v1/candidates", "/api/v1/analysis", "/api/v1/teams", "/api/v1/guides", "/api/v1/audit", "/api/v1/me/data", "/api/v1/steps/events?step=x" })
            {
                var answer = await agent.GetAsync(path);
                Assert.True(answer.Status is 401 or 403, $"{path} answered {answer.Status} to a device token");
            }
            // Its own upload status is all a device may read: this one uploaded nothing, so it sees no session of the
            // 15 simulated people.
            foreach (var path in new[] { "/api/v1/sessions", "/api/v1/agents/status" })
            {
                var answer = await agent.GetAsync(path);
                if (answer.Status is 401 or 403)
                    continue;
                Assert.Equal(200, answer.Status);
                using var status = JsonDocument.Parse(await answer.TextAsync());
                Assert.Equal(0, status.RootElement.GetProperty("sessions").GetArrayLength());
            }
        }
        finally
        {
            playwright.Dispose();
        }
    }

    [SkippableFact]
    public async Task An_admin_opens_every_page_and_each_shows_content_without_errors()
    {
        Skip.If(site.Unavailable is not null, site.Unavailable);
        var page = await site.LogInAsync("admin");
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add("script error: " + e);
        string[] pages = ["Overview", "Process explorer", "Task types", "Candidates", "Team comparison", "Compliance", "Guides", "My data", "Administration"];
        var n = 20;
        foreach (var name in pages)
        {
            await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).ClickAsync();
            var main = page.Locator("main");
            await WaitUntilAsync(async () => await main.Locator("h1").CountAsync() > 0 && await main.Locator(".loading").CountAsync() == 0, $"the page {name} to load");
            if (name == "Process explorer")
                await page.Locator("svg.map-svg g.node[data-activity]").First.WaitForAsync();
            if (name == "Guides" && await page.Locator("main a[href^='#/guide/']").CountAsync() > 0)
            {
                await page.Locator("main a[href^='#/guide/']").First.ClickAsync();
                await page.Locator("main iframe").WaitForAsync();
                var guide = page.FrameLocator("main iframe").Locator("body");
                await WaitUntilAsync(async () => (await guide.InnerTextAsync()).Trim().Length > 80, "the guide's text in its frame");
                await site.ScreenshotAsync(page, $"{n++}-tour-guide");
                continue;
            }
            await site.ScreenshotAsync(page, $"{n++}-tour-{name.ToLowerInvariant().Replace(' ', '-')}");
            var text = await main.InnerTextAsync();
            if (text.Contains("Could not load", StringComparison.Ordinal) || text.Contains("undefined", StringComparison.Ordinal) || text.Contains("NaN", StringComparison.Ordinal))
                errors.Add($"{name}: {text[..Math.Min(300, text.Length)]}");
            if (text.Trim().Length < 80)
                errors.Add($"{name} shows almost nothing: {text}");
        }
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        await page.Context.CloseAsync();
    }

    private static async Task<string> OpenFirstStepAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Process explorer" }).ClickAsync();
        var node = page.Locator("svg.map-svg g.node[data-activity]").First;
        await node.WaitForAsync();
        var activity = (await node.GetAttributeAsync("data-activity"))!;
        await node.ClickAsync();
        var drill = page.GetByRole(AriaRole.Complementary, new() { Name = "Step details" });
        await drill.GetByRole(AriaRole.Heading, new() { Name = activity, Exact = true }).WaitForAsync();
        await WaitUntilAsync(async () => !(await drill.InnerTextAsync()).Contains("Loading", StringComparison.Ordinal), "the step's events");
        Assert.DoesNotContain("Could not load", await drill.InnerTextAsync(), StringComparison.Ordinal);
        return activity;
    }

    private static async Task<int> CaseCountAsync(IPage page)
    {
        var summary = await page.Locator(".map-summary").InnerTextAsync();
        var match = Cases.Match(summary);
        Assert.True(match.Success, $"no case count in the map summary: {summary}");
        return int.Parse(match.Groups[1].Value.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, string what)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed > TimeSpan.FromSeconds(90))
                throw new TimeoutException($"waited 90 s for {what}");
            await Task.Delay(150);
        }
    }

    [GeneratedRegex(@"^([\d,]+) cases")]
    private static partial Regex CasesPattern();
}
