using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using Deskmine.Core.Errors;

namespace Deskmine.Capture.Walkthrough;

/// <summary>
/// The files of one walkthrough folder: <c>walkthrough.json</c> (manifest), <c>events.jsonl</c>,
/// <c>screens/NNNNNN.png</c>, <c>pid</c> while the recorder runs and <c>paused</c> while it is paused. Also the
/// controls other processes use on a running recorder: stop (a signal to the pid), pause and resume (the flag file).
/// </summary>
public sealed partial class WalkthroughFolder(string directory)
{
    /// <summary>Manifest file name.</summary>
    public const string ManifestFile = "walkthrough.json";

    /// <summary>Event file name.</summary>
    public const string EventsFile = "events.jsonl";

    /// <summary>Folder of the screenshots.</summary>
    public const string ScreensFolder = "screens";

    private const string PidFile = "pid";
    private const string PausedFile = "paused";

    /// <summary>The folder.</summary>
    public string Directory { get; } = directory;

    /// <summary>Path of the manifest.</summary>
    public string ManifestPath => Path.Combine(Directory, ManifestFile);

    /// <summary>Path of the events.</summary>
    public string EventsPath => Path.Combine(Directory, EventsFile);

    /// <summary>Relative path (with <c>/</c>) of screenshot number <paramref name="n"/>.</summary>
    public static string ScreenPath(long n) => string.Create(CultureInfo.InvariantCulture, $"{ScreensFolder}/{n:D6}.png");

    /// <summary>Whether recording is paused (the flag file exists).</summary>
    public bool IsPaused => File.Exists(Path.Combine(Directory, PausedFile));

    /// <summary>Sets the pause flag; a running recorder follows within a fraction of a second.</summary>
    public void Pause() => File.WriteAllText(Path.Combine(Directory, PausedFile), "");

    /// <summary>Clears the pause flag.</summary>
    public void Resume() => File.Delete(Path.Combine(Directory, PausedFile));

    /// <summary>Writes the manifest atomically (temporary file, then rename).</summary>
    public void WriteManifest(WalkthroughManifest manifest)
    {
        var temp = ManifestPath + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(manifest, WalkthroughManifestJson.Default.WalkthroughManifest) + "\n");
        File.Move(temp, ManifestPath, overwrite: true);
    }

    /// <summary>The manifest, or null when the folder has none.</summary>
    /// <exception cref="InputException">The manifest is not valid JSON of this format.</exception>
    public WalkthroughManifest? ReadManifest()
    {
        if (!File.Exists(ManifestPath))
            return null;
        try
        {
            return JsonSerializer.Deserialize(File.ReadAllText(ManifestPath), WalkthroughManifestJson.Default.WalkthroughManifest)
                ?? throw new InputException(ManifestPath, null, null, "empty manifest");
        }
        catch (JsonException ex)
        {
            throw new InputException(ManifestPath, ex.LineNumber + 1, null, $"not a walkthrough manifest ({ex.Message})", ex);
        }
    }

    /// <summary>Writes this process's id into <c>pid</c>.</summary>
    public void WritePid() => File.WriteAllText(Path.Combine(Directory, PidFile), Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "\n");

    /// <summary>Removes <c>pid</c>.</summary>
    public void DeletePid() => File.Delete(Path.Combine(Directory, PidFile));

    /// <summary>The id of the recorder running on this folder, or null when none runs (no pid file, or its process
    /// is gone).</summary>
    public int? RunningPid()
    {
        var path = Path.Combine(Directory, PidFile);
        if (!File.Exists(path))
            return null;
        if (!int.TryParse(File.ReadAllText(path).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) || pid <= 0)
            return null;
        return !OperatingSystem.IsLinux() || File.Exists($"/proc/{pid}/stat") ? pid : null;
    }

    /// <summary>Asks the recorder to stop (SIGTERM) and waits until it has written its last step and removed its
    /// pid file, at most <paramref name="timeout"/>. Returns false when no recorder runs on the folder.</summary>
    /// <exception cref="TimeoutException">The recorder did not finish in time (it goes on finishing).</exception>
    public bool Stop(TimeSpan timeout)
    {
        if (RunningPid() is not { } pid)
            return false;
        if (Kill(pid, SigTerm) != 0)
            return false;
        var until = Environment.TickCount64 + (long)timeout.TotalMilliseconds;
        while (RunningPid() is not null)
        {
            if (Environment.TickCount64 > until)
                throw new TimeoutException($"the recorder (pid {pid}) has not finished after {timeout.TotalSeconds:0} s");
            Thread.Sleep(100);
        }
        return true;
    }

    private const int SigTerm = 15;

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
