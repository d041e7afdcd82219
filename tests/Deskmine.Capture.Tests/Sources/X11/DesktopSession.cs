using System.Diagnostics;

namespace Deskmine.Capture.Tests.Sources.X11;

/// <summary>
/// A real desktop for the capture tests: Xvfb on a free display, openbox as window manager and a private D-Bus
/// session bus (AT-SPI starts on it by activation). Shared by the desktop tests of one class; when the programs
/// are missing, <see cref="SkipReason"/> says which (scripts/ensure-desktop-test-deps.sh installs them).
/// </summary>
public class DesktopSession : IDisposable
{
    private static readonly string[] Needed = ["Xvfb", "openbox", "xdotool", "xterm", "zenity", "xclip", "dbus-daemon"];
    private readonly List<Process> _processes = [];

    public DesktopSession()
        : this("1280x1024x24")
    {
    }

    /// <summary>A desktop of another screen size (<c>WxHxDEPTH</c>).</summary>
    protected DesktopSession(string screen)
    {
        var missing = Needed.Where(n => Which(n) is null).ToList();
        if (!OperatingSystem.IsLinux() || missing.Count > 0)
        {
            SkipReason = OperatingSystem.IsLinux()
                ? $"desktop test programs not installed: {string.Join(", ", missing)} (run scripts/ensure-desktop-test-deps.sh)"
                : "the X11 desktop tests run on Linux only";
            return;
        }
        Display = ":" + FreeDisplay();
        Start("Xvfb", $"{Display} -screen 0 {screen} -nolisten tcp");
        // The socket appears before the server accepts clients: wait until a client gets an answer.
        WaitUntil(() => Run("xprop", "-root _NET_SUPPORTING_WM_CHECK").Contains("_NET_SUPPORTING_WM_CHECK", StringComparison.Ordinal), "Xvfb");
        var dbus = Start("dbus-daemon", "--session --nofork --print-address=1", redirect: true);
        BusAddress = dbus.StandardOutput.ReadLine() ?? throw new InvalidOperationException("dbus-daemon printed no address");
        var openbox = Start("openbox", "");
        WaitUntil(() =>
        {
            if (openbox.HasExited)
                openbox = Start("openbox", "");
            return Run("xprop", "-root _NET_SUPPORTING_WM_CHECK").Contains("window id", StringComparison.Ordinal);
        }, "openbox");
    }

    public string? SkipReason { get; }

    public string Display { get; } = "";

    public string BusAddress { get; } = "";

    /// <summary>Starts a program on this desktop (accessibility on), killed when the session ends.</summary>
    public Process Start(string program, string arguments, bool redirect = false)
    {
        var info = new ProcessStartInfo(program, arguments)
        {
            UseShellExecute = false,
            RedirectStandardOutput = redirect,
            RedirectStandardError = true,
        };
        info.Environment["DISPLAY"] = Display;
        if (BusAddress.Length > 0)
            info.Environment["DBUS_SESSION_BUS_ADDRESS"] = BusAddress;
        info.Environment["GTK_MODULES"] = "gail:atk-bridge";
        info.Environment["NO_AT_BRIDGE"] = "0";
        var process = Process.Start(info) ?? throw new InvalidOperationException($"cannot start {program}");
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        lock (_processes)
            _processes.Add(process);
        return process;
    }

    /// <summary>Runs a command on this desktop to its end and returns its output.</summary>
    public string Run(string program, string arguments, string? input = null)
    {
        var info = new ProcessStartInfo(program, arguments)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = input is not null,
        };
        info.Environment["DISPLAY"] = Display;
        info.Environment["DBUS_SESSION_BUS_ADDRESS"] = BusAddress;
        using var p = Process.Start(info)!;
        if (input is not null)
        {
            p.StandardInput.Write(input);
            p.StandardInput.Close();
        }
        // xclip stays alive to serve the selection: read what it printed and move on.
        var output = p.StandardOutput.ReadToEndAsync();
        if (!p.WaitForExit(10_000))
            p.Kill(true);
        return output.Wait(2000) ? output.Result : "";
    }

    /// <summary>Waits for a condition, failing the test with <paramref name="what"/> after 10 s.</summary>
    public static void WaitUntil(Func<bool> condition, string what)
    {
        var until = Environment.TickCount64 + 10_000;
        while (!condition())
        {
            if (Environment.TickCount64 > until)
                throw new TimeoutException($"desktop session: {what} did not come up");
            Thread.Sleep(50);
        }
    }

    /// <summary>The window id of the first window whose name matches <paramref name="namePattern"/>.</summary>
    public string WaitForWindow(string namePattern)
    {
        var id = "";
        WaitUntil(() => (id = Run("xdotool", $"search --name \"{namePattern}\"").Split('\n')[0].Trim()).Length > 0, $"window {namePattern}");
        return id;
    }

    private static int FreeDisplay()
    {
        for (var n = 90 + Environment.ProcessId % 50; ; n++)
        {
            if (!File.Exists($"/tmp/.X{n}-lock") && !File.Exists($"/tmp/.X11-unix/X{n}"))
                return n;
        }
    }

    private static string? Which(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(d => Path.Combine(d, program)).FirstOrDefault(File.Exists);

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (!disposing)
            return;
        lock (_processes)
        {
            for (var i = _processes.Count - 1; i >= 0; i--)
            {
                try
                {
                    if (!_processes[i].HasExited)
                        _processes[i].Kill(true);
                    _processes[i].WaitForExit(2000);
                }
                catch (InvalidOperationException)
                {
                }
                _processes[i].Dispose();
            }
        }
    }
}
