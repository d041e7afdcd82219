using Deskmine.Analysis.Guides;

namespace Deskmine.Analysis.Automation;

/// <summary>What the starter's files are written from.</summary>
/// <param name="Analysis">The guide and its occurrences.</param>
/// <param name="Actions">The script's lines in order.</param>
/// <param name="Parameters">The run data's keys.</param>
/// <param name="ParameterSteps">Per parameter (same order), the guide steps whose entered value it is.</param>
/// <param name="BrowserSteps">Numbers of the steps the script performs.</param>
/// <param name="DesktopSteps">Numbers of the steps left to an RPA tool.</param>
internal sealed record StarterPlan(
    GuideAnalysis Analysis, IReadOnlyList<BrowserAction> Actions, IReadOnlyList<StarterParameter> Parameters,
    IReadOnlyList<IReadOnlyList<int>> ParameterSteps, IReadOnlyList<int> BrowserSteps, IReadOnlyList<int> DesktopSteps);
