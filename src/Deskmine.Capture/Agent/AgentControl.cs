using System.Globalization;
using System.Text.Json;

namespace Deskmine.Capture.Agent;

/// <summary>
/// The employee's controls, as files in the spool directory so that they work without a running agent and
/// across processes: <c>paused</c> exists while recording is paused; the running agent rewrites
/// <c>agent-status.json</c> whenever a counter or the pause state changed.
/// </summary>
public sealed class AgentControl(string spoolDirectory)
{
    private const string PausedFile = "paused";
    private const string StatusFile = "agent-status.json";

    /// <summary>The spool directory.</summary>
    public string Directory { get; } = spoolDirectory;

    /// <summary>Whether recording is paused.</summary>
    public bool IsPaused => File.Exists(Path.Combine(Directory, PausedFile));

    /// <summary>Pauses recording (takes effect within a second in a running agent).</summary>
    public void Pause(DateTimeOffset now)
    {
        System.IO.Directory.CreateDirectory(Directory);
        File.WriteAllText(Path.Combine(Directory, PausedFile), now.ToString("O", CultureInfo.InvariantCulture) + "\n");
    }

    /// <summary>Resumes recording.</summary>
    public void Resume() => File.Delete(Path.Combine(Directory, PausedFile));

    /// <summary>Writes the running agent's status (atomically: write then rename).</summary>
    public void WriteStatus(AgentStatus status)
    {
        var path = Path.Combine(Directory, StatusFile);
        var temp = path + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(status, AgentStatusJson.Default.AgentStatus));
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>The last status an agent wrote, or null; <see cref="AgentStatus.Running"/> is re-checked
    /// against the process table.</summary>
    public AgentStatus? ReadStatus()
    {
        var path = Path.Combine(Directory, StatusFile);
        if (!File.Exists(path))
            return null;
        var status = JsonSerializer.Deserialize(File.ReadAllText(path), AgentStatusJson.Default.AgentStatus);
        if (status is null)
            return null;
        var alive = status.Running && File.Exists($"/proc/{status.Pid}/stat") || (status.Running && !OperatingSystem.IsLinux());
        return status with { Running = alive, Paused = IsPaused };
    }
}
