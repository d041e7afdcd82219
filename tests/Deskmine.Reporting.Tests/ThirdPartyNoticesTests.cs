using System.Text.Json;

namespace Deskmine.Reporting.Tests;

public sealed class ThirdPartyNoticesTests
{
    [Fact]
    public void Repository_notices_repeat_the_notices_embedded_in_reports()
    {
        var notices = File.ReadAllText(Path.Combine(RepoRoot(), "THIRD-PARTY-NOTICES.md"));

        Assert.Contains(ReportAssets.ThirdPartyNotices.Trim(), notices, StringComparison.Ordinal);
        Assert.Contains(ReportAssets.EclipsePublicLicense.Trim(), notices, StringComparison.Ordinal);
    }

    [Fact]
    public void Viz_is_pinned_to_3_31_0_with_a_lock_file()
    {
        var web = Path.Combine(RepoRoot(), "web", "report");
        using var package = JsonDocument.Parse(File.ReadAllText(Path.Combine(web, "package.json")));
        using var lockFile = JsonDocument.Parse(File.ReadAllText(Path.Combine(web, "package-lock.json")));

        Assert.Equal("3.31.0", package.RootElement.GetProperty("dependencies").GetProperty("@viz-js/viz").GetString());
        Assert.Equal("3.31.0", lockFile.RootElement.GetProperty("packages").GetProperty("node_modules/@viz-js/viz").GetProperty("version").GetString());
        Assert.StartsWith("/*!\nViz.js 3.31.0", ReportAssets.Viz, StringComparison.Ordinal);
    }

    [Fact]
    public void Bpmn_js_is_pinned_to_18_31_1_with_a_lock_file()
    {
        var web = Path.Combine(RepoRoot(), "web", "report");
        using var package = JsonDocument.Parse(File.ReadAllText(Path.Combine(web, "package.json")));
        using var lockFile = JsonDocument.Parse(File.ReadAllText(Path.Combine(web, "package-lock.json")));

        Assert.Equal("18.31.1", package.RootElement.GetProperty("dependencies").GetProperty("bpmn-js").GetString());
        Assert.Equal("18.31.1", lockFile.RootElement.GetProperty("packages").GetProperty("node_modules/bpmn-js").GetProperty("version").GetString());
        Assert.Contains("bpmn-navigated-viewer v18.31.1", ReportAssets.BpmnViewer[..200], StringComparison.Ordinal);
        Assert.Contains("bpmn.io project watermark", ReportAssets.ThirdPartyNotices, StringComparison.Ordinal);
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Deskmine.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Deskmine.slnx not found above " + AppContext.BaseDirectory);
    }
}
