using Deskmine.Capture.Sources.Browser;
using Deskmine.Capture.Sources.X11;

namespace Deskmine.Capture.Walkthrough;

/// <summary>Settings of one walkthrough recording (<c>deskmine walkthrough record</c>).</summary>
public sealed record WalkthroughOptions
{
    /// <summary>The walkthrough's name (what task it shows). Required.</summary>
    public required string Name { get; init; }

    /// <summary>The folder to write; it must not hold a walkthrough yet. Required.</summary>
    public required string Directory { get; init; }

    /// <summary>Capture policy file; null applies the default policy (the same as an empty file).</summary>
    public string? PolicyPath { get; init; }

    /// <summary>Settings of the X11 source (display, accessibility).</summary>
    public X11SourceOptions Desktop { get; init; } = new();

    /// <summary>Port on 127.0.0.1 where the browser extension posts page actions (default
    /// <see cref="BrowserBridgeOptions.DefaultPort"/>, the agent's; 0: no browser bridge, desktop actions only).</summary>
    public int BridgePort { get; init; } = BrowserBridgeOptions.DefaultPort;

    /// <summary>When true, a bridge port that cannot be opened stops the start; when false (default) the walkthrough
    /// is recorded without page actions and <see cref="WalkthroughRecorder.Warnings"/> says why (the agent, for
    /// one, holds the default port while it runs).</summary>
    public bool RequireBridge { get; init; }

    /// <summary>A desktop click into a browser and the extension's click for it this close in time are one step
    /// (default 1 s: longer than the agent's 300 ms, since a walkthrough is recorded at a person's pace and the
    /// page's report may come late on a busy machine; the steps are stored that much later).</summary>
    public TimeSpan JoinWindow { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How screenshots are redacted.</summary>
    public ShotRedactionOptions Redaction { get; init; } = new();

    /// <summary>How often the pause flag is checked (default 200 ms).</summary>
    public TimeSpan ControlInterval { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Clock.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Throws <see cref="ArgumentException"/> for unusable values.</summary>
    public WalkthroughOptions Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(Name, nameof(Name));
        ArgumentException.ThrowIfNullOrWhiteSpace(Directory, nameof(Directory));
        ArgumentOutOfRangeException.ThrowIfLessThan(BridgePort, 0, nameof(BridgePort));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(BridgePort, 65535, nameof(BridgePort));
        ArgumentOutOfRangeException.ThrowIfLessThan(ControlInterval, TimeSpan.FromMilliseconds(20), nameof(ControlInterval));
        Desktop.Validate();
        Redaction.Validate();
        return this;
    }
}
