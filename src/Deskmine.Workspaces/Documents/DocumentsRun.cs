using System.Text;
using Deskmine.Analysis.Guides;
using Deskmine.Analysis.Transfers;
using Deskmine.Analysis.Work;
using Deskmine.Reporting.Guides;
using Deskmine.Storage.Workspaces;
using Deskmine.Workspaces.Work;

namespace Deskmine.Workspaces.Documents;

/// <summary>
/// Step-by-step guides: one Markdown and one self-contained HTML file per task type the last recognition run found,
/// usable as a standard operating procedure, for migration planning or as a process definition for automation.
/// </summary>
public static class DocumentsRun
{
    /// <summary>Writes the guides of every task type with instances into <paramref name="outputDirectory"/>.</summary>
    /// <exception cref="WorkspaceProblemException">The workspace has no recognition run.</exception>
    public static IReadOnlyList<GuideDocument> Write(Workspace workspace, string outputDirectory, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        ArgumentNullException.ThrowIfNull(time);
        var work = WorkLogs.FromRecognition(workspace);
        return Write(work, DataTransfers.Find(work), outputDirectory, time);
    }

    /// <summary>
    /// Writes the guides of an already built work log (the demo and the report reuse one analysis). E-mail addresses,
    /// account, card and phone numbers in window titles, addresses and element names are redacted first, as the
    /// privacy filter does at capture, so guides of simulated or imported logs hold none either.
    /// </summary>
    public static IReadOnlyList<GuideDocument> Write(WorkLog work, DataTransferReport transfers, string outputDirectory, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(transfers);
        ArgumentNullException.ThrowIfNull(time);
        Directory.CreateDirectory(outputDirectory);
        var generated = time.GetUtcNow();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var written = new List<GuideDocument>();
        var utf8 = new UTF8Encoding(false);
        foreach (var guide in TaskGuides.BuildAll(GuideRedaction.Redact(work), transfers).OrderByDescending(g => g.Summary.Instances))
        {
            var slug = FileNames.Slug(guide.Name, guide.TaskTypeId, taken);
            var md = Path.GetFullPath(Path.Combine(outputDirectory, slug + ".md"));
            var html = Path.GetFullPath(Path.Combine(outputDirectory, slug + ".html"));
            File.WriteAllText(md, GuideMarkdown.Render(guide), utf8);
            File.WriteAllText(html, GuideHtml.Render(guide, generated), utf8);
            written.Add(new GuideDocument(guide.TaskTypeId, guide.Name, guide.Summary.Instances, md, html));
        }
        return written;
    }
}
