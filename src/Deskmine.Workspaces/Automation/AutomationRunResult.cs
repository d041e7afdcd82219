using Deskmine.Analysis.Automation;

namespace Deskmine.Workspaces.Automation;

/// <summary>The starter written by <see cref="AutomationRun"/>.</summary>
/// <param name="Starter">What was generated: files, parameters, browser and desktop steps.</param>
/// <param name="Paths">Full paths of the files written.</param>
public sealed record AutomationRunResult(AutomationStarter Starter, IReadOnlyList<string> Paths);
