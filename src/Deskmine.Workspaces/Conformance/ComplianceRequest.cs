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

    /// <summary>Declarative rules (JSON, <c>{"rules": [...]}</c>); exactly one of this and <see cref="ModelFile"/>.</summary>
    public string? RulesFile { get; init; }

    /// <summary>A BPMN 2.0 model of the prescribed procedure (or a Petri net, when the name ends in <c>.pnml</c>); exactly one of this and <see cref="RulesFile"/>.</summary>
    public string? ModelFile { get; init; }

    /// <summary>Case notion (see <see cref="CaseNotions"/>).</summary>
    public string CaseNotion { get; init; } = CaseNotions.Auto;

    /// <summary>Comma-separated fields naming the activity, or <c>auto</c>; rules name activities as <c>map --json</c> does for the same classifier.</summary>
    public string Classifier { get; init; } = LogSources.AutoClassifier;

    /// <summary>Attribute whose groups get violation rates. Default <c>team</c>.</summary>
    public string GroupBy { get; init; } = "team";

    /// <summary>Folder for the audit report (<c>compliance.html</c> and <c>compliance.csv</c>); <c>null</c> writes none.</summary>
    public string? AuditDirectory { get; init; }
}
