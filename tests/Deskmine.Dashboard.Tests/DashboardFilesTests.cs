using System.Net;
using System.Text.RegularExpressions;
using Deskmine.Dashboard.Tests.Support;

namespace Deskmine.Dashboard.Tests;

/// <summary>
/// <c>deskmine serve</c> serves the dashboard the build made (web/dashboard/dist) at <c>/</c>, with a policy that lets the
/// page load nothing from elsewhere, and never answers an API path or a missing file with the app.
/// </summary>
public sealed partial class DashboardFilesTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "deskmine-dashboard-files-" + Guid.NewGuid().ToString("N"));
    private readonly ServerProcess _server;
    private readonly HttpClient _client;

    public DashboardFilesTests()
    {
        _server = ServerProcess.Start(Path.Combine(_dir, "ws"), DashboardSite.DeviceToken);
        _client = new HttpClient { BaseAddress = _server.Address };
    }

    [Fact]
    public async Task The_root_answers_the_app_and_every_asset_it_names()
    {
        using var answer = await _client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("text/html", answer.Content.Headers.ContentType?.MediaType);
        var csp = string.Join(' ', answer.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self'", csp, StringComparison.Ordinal);
        var html = await answer.Content.ReadAsStringAsync();
        Assert.Contains("<div id=\"app\">", html, StringComparison.Ordinal);

        var assets = Asset().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Contains(assets, a => a.EndsWith(".js", StringComparison.Ordinal));
        Assert.Contains(assets, a => a.EndsWith(".css", StringComparison.Ordinal));
        foreach (var asset in assets)
        {
            using var file = await _client.GetAsync(new Uri("/" + asset.TrimStart('.', '/'), UriKind.Relative));
            Assert.True(file.StatusCode == HttpStatusCode.OK, $"{asset} answered {file.StatusCode}");
            Assert.Equal(asset.EndsWith(".js", StringComparison.Ordinal) ? "text/javascript" : "text/css", file.Content.Headers.ContentType?.MediaType);
            Assert.Contains("immutable", file.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Pages_of_the_app_answer_index_html_but_unknown_api_paths_and_files_do_not()
    {
        using var page = await _client.GetAsync(new Uri("/explorer", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<div id=\"app\">", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        foreach (var path in new[] { "/api/v1/no-such-endpoint", "/assets/no-such-file.js" })
        {
            using var answer = await _client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.True(answer.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Unauthorized, $"{path} answered {answer.StatusCode}");
            Assert.DoesNotContain("<div id=\"app\">", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    public void Dispose()
    {
        _client.Dispose();
        _server.Dispose();
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
            // Left to the system's temporary-file cleanup.
        }
    }

    [GeneratedRegex("(?:src|href)=\"(/assets/[^\"]+)\"")]
    private static partial Regex Asset();
}
