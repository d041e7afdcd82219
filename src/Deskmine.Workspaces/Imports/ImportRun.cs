using System.Diagnostics;
using Deskmine.Storage.Formats;
using Deskmine.Workspaces.Sources;

namespace Deskmine.Workspaces.Imports;

/// <summary>Streams a log file into a workspace, all or nothing (see <c>docs/storage.md</c>, Writing).</summary>
public static class ImportRun
{
    /// <summary>
    /// Appends the events of the request's file to the workspace in <paramref name="workspaceDirectory"/>, which is
    /// created when absent. A missing file or unknown format fails before the workspace is touched.
    /// </summary>
    /// <param name="workspaceDirectory">The workspace folder.</param>
    /// <param name="request">The file and how to read it.</param>
    /// <param name="progress">Told the number of events stored so far.</param>
    /// <exception cref="Core.Errors.InputException">The file is missing or malformed (nothing is stored then).</exception>
    /// <exception cref="WorkspaceProblemException">The workspace is in use.</exception>
    public static ImportRunResult Run(string workspaceDirectory, ImportRequest request, IProgress<long>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var events = LogReaders.Open(request.Path, request.Format, new ImportOptions { Session = request.Session, Offsets = request.Offsets });
        using var workspace = WorkspaceAccess.OpenForWriting(workspaceDirectory);
        var clock = Stopwatch.StartNew();
        var count = workspace.Events.Append(events, progress);
        var elapsed = clock.Elapsed;
        return new ImportRunResult(workspace.Directory, count, workspace.Events.Count(), elapsed);
    }
}
