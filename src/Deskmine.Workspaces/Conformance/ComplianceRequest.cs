using Deskmine.Core.Logs;
using Deskmine.Workspaces.Sources;

namespace Deskmine.Workspaces.Conformance;

/// <summary>What to check against which procedure, and where to write the audit report.</summary>
public sealed record ComplianceRequest
{
    /// <summary>A log file or a workspace folder.</summary>
    public required string Input { get; init; }

    /// <summary>How to read <see cref="Input"/> when it is a file.</summary>
    public LogSourceOptions Source { get; init; } = new();

    /// <summary>Declarative rules (JSON, <c>{"rules": [...]}</c>); at most one of this and <see cref="ModelFile"/>.</summary>
    public string? RulesFile { get; init; }

    /// <summary>A BPMN 2.0 model of the prescribed procedure (or a Petri net, when the name ends in <c>.pnml</c>); at most one of this and <see cref="RulesFile"/>.</summary>
    public string? ModelFile { get; init; }

    /// <summary>
    /// Walkthrough folders whose step sequences are the prescribed procedure (one per allowed variant); the mined
    /// instances of <see cref="Input"/> (a workspace on which <c>deskmine mine</c> ran) are compared with them.
    /// </summary>
    public IReadOnlyList<string> Walkthroughs { get; init; } = [];

    /// <summary>The mined task type the walkthroughs prescribe, by id or name; <c>null</c> finds it by its steps.</summary>
    public string? TaskType { get; init; }

    /// <summary>k: teams with fewer people get no rates against the walkthrough. Default 5.</summary>
    public int MinPeople { get; init; } = 5;

    /// <summary>Case notion (see <see cref="CaseNotions"/>).</summary>
    public string CaseNotion { get; init; } = CaseNotions.Auto;

    /// <summary>Comma-separated fields naming the activity, or <c>auto</c>; rules name activities as <c>map --json</c> does for the same classifier.</summary>
    public string Classifier { get; init; } = LogSources.AutoClassifier;

    /// <summary>Attribute whose groups get violation rates. Default <c>team</c>.</summary>
    public string GroupBy { get; init; } = "team";

    /// <summary>Folder for the audit report (<c>compliance.html</c> and <c>compliance.csv</c>); <c>null</c> writes none.</summary>
    public string? AuditDirectory { get; init; }
}
