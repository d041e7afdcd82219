using System.Text;
using Deskmine.Analysis.Automation;
using Deskmine.Analysis.Transfers;
using Deskmine.Storage.Workspaces;
using Deskmine.Workspaces.Work;

namespace Deskmine.Workspaces.Automation;

/// <summary>
/// An automation starter for one task type: a Playwright script for its browser steps with the run data as
/// parameters, and the desktop steps documented for an RPA tool (see docs/analysis.md, Automation starter).
/// </summary>
public static class AutomationRun
{
    /// <summary>Writes the starter of <paramref name="taskType"/> (its id or its name) into <paramref name="outputDirectory"/>.</summary>
    /// <exception cref="InvalidRequestException">No task type has that id or name.</exception>
    /// <exception cref="WorkspaceProblemException">The workspace has no recognition run.</exception>
    public static AutomationRunResult Write(Workspace workspace, string taskType, string outputDirectory)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentException.ThrowIfNullOrWhiteSpace(taskType);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        var work = WorkLogs.FromRecognition(workspace);
        var index = -1;
        for (var t = 0; t < work.TaskTypes.Count && index < 0; t++)
        {
            if (string.Equals(work.TaskTypes[t].Id, taskType, StringComparison.Ordinal))
                index = t;
        }
        for (var t = 0; t < work.TaskTypes.Count && index < 0; t++)
        {
            if (string.Equals(work.TaskTypes[t].Name, taskType, StringComparison.OrdinalIgnoreCase))
                index = t;
        }
        if (index < 0)
        {
            var known = string.Join(", ", work.TaskTypes.Take(12).Select(t => $"{t.Id} ({t.Name})"));
            throw new InvalidRequestException($"no task type '{taskType}' in {workspace.Directory}; known: {known}");
        }
        var starter = AutomationStarters.Generate(work, index, DataTransfers.Find(work));
        Directory.CreateDirectory(outputDirectory);
        var utf8 = new UTF8Encoding(false);
        var paths = new List<string>();
        foreach (var file in starter.Files)
        {
            var path = Path.GetFullPath(Path.Combine(outputDirectory, file.Name));
            File.WriteAllText(path, file.Content, utf8);
            paths.Add(path);
        }
        return new AutomationRunResult(starter, paths);
    }
}
