namespace Deskmine.Analysis.Automation;

/// <summary>
/// Runnable starter code for automating one task type: a Playwright script (TypeScript) for its browser steps with
/// the run data as parameters, and documented desktop steps for an RPA tool. Write <see cref="Files"/> into one
/// folder; its README says how to run it and what a developer completes.
/// </summary>
/// <param name="TaskTypeId">The task type's id.</param>
/// <param name="Name">The task type's name.</param>
/// <param name="Files">starter.ts, playwright.config.ts, package.json, data.json, steps.md, README.md.</param>
/// <param name="Parameters">The run data's keys, in the order the script fills them.</param>
/// <param name="BrowserSteps">Numbers of the main variant's steps the script performs.</param>
/// <param name="DesktopSteps">Numbers of the main variant's steps left to an RPA tool.</param>
public sealed record AutomationStarter(
    string TaskTypeId, string Name, IReadOnlyList<StarterFile> Files, IReadOnlyList<StarterParameter> Parameters,
    IReadOnlyList<int> BrowserSteps, IReadOnlyList<int> DesktopSteps)
{
    /// <summary>The content of the file named <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such file.</exception>
    public string File(string name) =>
        Files.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal))?.Content
        ?? throw new KeyNotFoundException($"the starter has no file '{name}'");
}
