using System.Diagnostics;
using Deskmine.Core.Errors;
using Deskmine.Privacy;
using Deskmine.Storage.Formats;
using Deskmine.Storage.Formats.Ocel;
using Deskmine.Storage.Workspaces;
using Deskmine.Workspaces.Sources;

namespace Deskmine.Workspaces.Imports;

/// <summary>Streams a log file into a workspace, all or nothing (see <c>docs/storage.md</c>, Writing; <c>docs/reliability.md</c>).</summary>
public static class ImportRun
{
    /// <summary>
    /// Appends the events of the request's file to the workspace in <paramref name="workspaceDirectory"/>, which is
    /// created when absent. A missing file or unknown format fails before the workspace is touched; a file whose
    /// content (SHA-256) the workspace already holds is refused unless <see cref="ImportRequest.Append"/>; a failed
    /// import into a new workspace removes that workspace again. The file is recorded in <see cref="Workspace.Imports"/>.
    /// </summary>
    /// <param name="workspaceDirectory">The workspace folder.</param>
    /// <param name="request">The file and how to read it.</param>
    /// <param name="progress">Told the number of events stored so far.</param>
    /// <param name="time">Clock for the import record; the system clock when null.</param>
    /// <exception cref="InputException">The file is missing, malformed or already imported (nothing is stored then).</exception>
    /// <exception cref="InvalidRequestException">The policy cannot start a privacy filter (no organisation key, a rule that does not compile).</exception>
    /// <exception cref="WorkspaceProblemException">The workspace is in use.</exception>
    public static ImportRunResult Run(string workspaceDirectory, ImportRequest request, IProgress<long>? progress = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(workspaceDirectory);
        var options = new ImportOptions
        {
            Session = request.Session, Offsets = request.Offsets, Encoding = request.Encoding, Mapping = request.Mapping,
        };
        try
        {
            options.Validate();
        }
        catch (ArgumentException e)
        {
            throw new InvalidRequestException(e.Message.Split(" (Parameter", 2)[0]);
        }
        var filter = request.Policy is { } policy ? StartFilter(policy) : null;
        Func<Workspace, IProgress<long>?, long> append;
        if (IsOcel(request))
        {
            // An object-centric log is read and checked whole before the workspace is touched.
            var log = OcelReader.Read(request.Path);
            var (kept, ocelEvents) = OcelImport.Filtered(log, request.Session ?? Path.GetFileName(request.Path), filter);
            append = (ws, p) => ws.Objects.AppendObjectLog(kept, ocelEvents, request.Path, p);
        }
        else
        {
            var read = LogReaders.Open(request.Path, request.Format, options);
            // The filter sits between the reader and the store: no event reaches the database unfiltered.
            var events = filter is null ? read : filter.Filter(read);
            append = (ws, p) => ws.Events.Append(events, p);
        }
        var full = Path.GetFullPath(workspaceDirectory);
        var directoryExisted = Directory.Exists(full);
        var workspaceExisted = File.Exists(Path.Combine(full, Workspace.InfoFileName));
        try
        {
            var result = Store(full, request, append, progress, time ?? TimeProvider.System);
            return filter is null ? result : result with { Privacy = filter.Stats };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException && !workspaceExisted)
        {
            Workspace.DeleteFiles(full, removeDirectory: !directoryExisted);
            throw new InputException(request.Path, null, null, $"cannot be read or stored: {e.Message}", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(request.Path, null, null, $"cannot be read or stored: {e.Message}", e);
        }
        catch (Exception e) when (!workspaceExisted && e is not WorkspaceProblemException)
        {
            // Nothing of a failed first import may stay behind: an empty workspace would read as "0 cases". A locked
            // workspace is someone else's being created, so it is left alone.
            Workspace.DeleteFiles(full, removeDirectory: !directoryExisted);
            throw;
        }
    }

    // Fail closed: a policy that cannot filter stops the import before the file is read, rather than storing nothing
    // (or everything) without saying so.
    private static PrivacyFilter StartFilter(Privacy.Policies.CapturePolicy policy)
    {
        PrivacyFilter filter;
        try
        {
            filter = new PrivacyFilter(policy);
        }
        catch (ArgumentException e)
        {
            throw new InvalidRequestException($"the privacy policy cannot be applied: {e.Message.Split(" (Parameter", 2)[0]}");
        }
        if (!filter.IsPolicyValid)
            throw new InvalidRequestException("the privacy policy does not compile, so every event would be dropped; check its rules and recording hours.");
        return filter;
    }

    private static bool IsOcel(ImportRequest request) =>
        request.Format is { } format
            ? string.Equals(format.Trim(), LogFormats.Ocel, StringComparison.OrdinalIgnoreCase)
            : LogFormats.Detect(request.Path) == LogFormats.Ocel;

    private static ImportRunResult Store(string directory, ImportRequest request,
        Func<Workspace, IProgress<long>?, long> append, IProgress<long>? progress, TimeProvider time)
    {
        using var workspace = WorkspaceAccess.OpenForWriting(directory);
        var clock = Stopwatch.StartNew();
        // The hash decides something only when an earlier import could be the same file; otherwise (a first import,
        // or --append) it is only recorded, and is computed on the other core while the events are appended.
        var checkFirst = !request.Append && workspace.Imports.Files.Count > 0;
        var hashing = checkFirst ? Task.FromResult(ImportLedger.HashFile(request.Path)) : Task.Run(() => ImportLedger.HashFile(request.Path));
        if (checkFirst && workspace.Imports.Find(hashing.Result) is { } earlier)
        {
            var sha = hashing.Result;
            throw new InputException(request.Path, null, null,
                $"this file's content (SHA-256 {sha[..12]}…) is already in the workspace: imported from {earlier.Path} at "
                + $"{earlier.ImportedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss}Z as session '{earlier.Session}' ({earlier.Events:N0} events). "
                + "Importing it again would store its events twice; pass --append to do so anyway.");
        }
        long count;
        try
        {
            count = append(workspace, progress);
        }
        catch
        {
            // The append's error is the one to report: the hash, no longer needed, is awaited and any error of its own
            // observed, so nothing of this import outlives the call.
            ((IAsyncResult)hashing).AsyncWaitHandle.WaitOne();
            _ = hashing.Exception;
            throw;
        }
        var elapsed = clock.Elapsed;
        var sha256 = hashing.GetAwaiter().GetResult();
        workspace.Imports.Add(new ImportedFile(sha256, Path.GetFullPath(request.Path), request.Session ?? Path.GetFileName(request.Path), count, time.GetUtcNow()));
        return new ImportRunResult(workspace.Directory, count, workspace.Events.Count(), elapsed);
    }
}
