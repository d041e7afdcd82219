using System.Text.RegularExpressions;
using Deskmine.Workspaces.Documents;
using Deskmine.Workspaces.Tests.Support;

namespace Deskmine.Workspaces.Tests.Documents;

[Collection(MinedBackOffice.Name)]
public sealed partial class DocumentsRunTests(ViolatingWorkspace simulated)
{
    [Fact]
    public void One_markdown_and_one_self_contained_html_guide_per_task_type_with_instances()
    {
        var dir = simulated.File("guides-" + Guid.NewGuid().ToString("N"));
        using var ws = simulated.OpenReadOnly();

        var written = DocumentsRun.Write(ws, dir, TimeProvider.System);

        var typesWithInstances = simulated.Recognition.Catalogue.Entries.Count(e => e.Segments > 0);
        Assert.Equal(typesWithInstances, written.Count);
        Assert.Equal(written.Count, Directory.GetFiles(dir, "*.md").Length);
        Assert.Equal(written.Count, Directory.GetFiles(dir, "*.html").Length);
        Assert.Equal(written.Count, written.Select(g => g.TaskTypeId).Distinct().Count());
        foreach (var g in written)
        {
            var html = File.ReadAllText(g.HtmlPath);
            Assert.DoesNotMatch(ExternalResource(), html);
            foreach (var text in new[] { html, File.ReadAllText(g.MarkdownPath) })
            {
                Assert.DoesNotMatch(EmailAddress(), text);
                Assert.DoesNotMatch(LongDigitRun(), text);
            }
        }
    }

    [GeneratedRegex(@"(src|href)\s*=\s*[""']?\s*https?:", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalResource();

    [GeneratedRegex(@"[\w.+-]+@[\w-]+\.[\w.-]+")]
    private static partial Regex EmailAddress();

    [GeneratedRegex(@"\b\d{6,}\b")]
    private static partial Regex LongDigitRun();
}
