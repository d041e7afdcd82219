using Deskmine.Capture.Sources.Windows;
using Deskmine.Capture.Sources.X11;

namespace Deskmine.Capture.Agent;

/// <summary>Settings of one agent run (<c>deskmine agent run</c>).</summary>
public sealed record AgentOptions
{
    /// <summary>Capture policy file (JSON, see docs/policy.md). Required.</summary>
    public required string PolicyPath { get; init; }

    /// <summary>Spool directory: the spool file, keys, pause flag and status. Required.</summary>
    public required string SpoolDirectory { get; init; }

    /// <summary>Record the desktop: the X display on Linux, the Windows desktop on Windows (default: on Windows,
    /// and on Linux when <c>DISPLAY</c> is set).</summary>
    public bool RecordDesktop { get; init; } = OperatingSystem.IsWindows() || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DISPLAY"));

    /// <summary>Port of the browser bridge on 127.0.0.1; 0 turns it off.</summary>
    public int BridgePort { get; init; } = Sources.Browser.BrowserBridgeOptions.DefaultPort;

    /// <summary>Ingest server to upload to; null keeps events local.</summary>
    public Uri? Server { get; init; }

    /// <summary>Device token for <see cref="Server"/>.</summary>
    public string? ServerToken { get; init; }

    /// <summary>Settings of the X11 source.</summary>
    public X11SourceOptions Desktop { get; init; } = new();

    /// <summary>Settings of the Windows source.</summary>
    public WindowsSourceOptions WindowsDesktop { get; init; } = new();

    /// <summary>Settings of the pipeline.</summary>
    public CapturePipelineOptions Pipeline { get; init; } = new();

    /// <summary>How often the pause flag is checked and the status rewritten (default 1 s).</summary>
    public TimeSpan ControlInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Clock.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Throws <see cref="ArgumentException"/> for unusable values.</summary>
    public AgentOptions Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(PolicyPath, nameof(PolicyPath));
        ArgumentException.ThrowIfNullOrWhiteSpace(SpoolDirectory, nameof(SpoolDirectory));
        ArgumentOutOfRangeException.ThrowIfNegative(BridgePort, nameof(BridgePort));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(BridgePort, 65535, nameof(BridgePort));
        if (Server is not null && string.IsNullOrWhiteSpace(ServerToken))
            throw new ArgumentException("a server needs a device token", nameof(ServerToken));
        ArgumentOutOfRangeException.ThrowIfLessThan(ControlInterval, TimeSpan.FromMilliseconds(50), nameof(ControlInterval));
        Desktop.Validate();
        WindowsDesktop.Validate();
        Pipeline.Validate();
        return this;
    }
}
