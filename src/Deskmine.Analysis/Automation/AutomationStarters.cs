using Deskmine.Analysis.Guides;
using Deskmine.Analysis.Transfers;
using Deskmine.Analysis.Work;
using Deskmine.Core.Errors;

namespace Deskmine.Analysis.Automation;

/// <summary>
/// Generates an automation starter for a task type (an automation candidate): a Playwright script in TypeScript
/// for the browser steps of its main variant with the run data as parameters, and a documented step list for the
/// desktop steps. Pure: returns the files' text; the caller writes them into one folder.
/// </summary>
public static class AutomationStarters
{
    /// <summary>The starter for task type <paramref name="taskType"/> (index into <see cref="WorkLog.TaskTypes"/>).</summary>
    /// <param name="log">The work log.</param>
    /// <param name="taskType">Index of the task type.</param>
    /// <param name="transfers">Data transfers found in the log: they say which source field feeds each parameter.</param>
    /// <param name="options">Settings; <see cref="StarterOptions.Default"/> when <c>null</c>.</param>
    /// <exception cref="InputException">The options are out of range.</exception>
    public static AutomationStarter Generate(WorkLog log, int taskType, DataTransferReport? transfers = null, StarterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(log);
        options ??= StarterOptions.Default;
        options.Validate();
        var analysis = TaskGuides.Analyse(log, taskType, transfers, options.Guide);
        var plan = StarterPlanner.Plan(analysis, options);
        var guide = analysis.Guide;
        StarterFile[] files =
        [
            new("starter.ts", PlaywrightScript.Starter(plan)),
            new("playwright.config.ts", PlaywrightScript.Config(options)),
            new("package.json", PlaywrightScript.Package(guide.TaskTypeId, options)),
            new("data.json", Json.Records(StarterData.Records(log, plan, options))),
            new("steps.md", StarterDocs.Steps(plan)),
            new("README.md", StarterDocs.Readme(plan, options)),
        ];
        return new AutomationStarter(guide.TaskTypeId, guide.Name, files, plan.Parameters, plan.BrowserSteps, plan.DesktopSteps);
    }
}
