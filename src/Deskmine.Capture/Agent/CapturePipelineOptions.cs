namespace Deskmine.Capture.Agent;

/// <summary>Settings of the <see cref="CapturePipeline"/>.</summary>
public sealed record CapturePipelineOptions
{
    /// <summary>User name written into events before the privacy filter pseudonymises it (default: the OS user).</summary>
    public string User { get; init; } = Environment.UserName;

    /// <summary>Machine name written into events before the privacy filter pseudonymises it (default: the host name).</summary>
    public string Machine { get; init; } = Environment.MachineName;

    /// <summary>A desktop click and a page click this close in time are one action (default 300 ms). Desktop clicks
    /// into a browser, and page clicks, wait this long for their partner before they are stored.</summary>
    public TimeSpan JoinWindow { get; init; } = TimeSpan.FromMilliseconds(300);

    /// <summary>Process names (globs, case-insensitive) of browsers whose desktop clicks may be joined with page
    /// clicks (default Chromium, Chrome, Edge, Brave, Firefox).</summary>
    public IReadOnlyList<string> BrowserApps { get; init; } = ["chrom*", "google-chrome*", "msedge*", "brave*", "firefox*"];

    /// <summary>Most events handed to the spool in one transaction (default 512).</summary>
    public int MaxBatch { get; init; } = 512;

    /// <summary>Clock for the join window.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Throws <see cref="ArgumentException"/> for unusable values.</summary>
    public CapturePipelineOptions Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(User, nameof(User));
        ArgumentException.ThrowIfNullOrWhiteSpace(Machine, nameof(Machine));
        ArgumentOutOfRangeException.ThrowIfLessThan(JoinWindow, TimeSpan.Zero, nameof(JoinWindow));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(JoinWindow, TimeSpan.FromSeconds(5), nameof(JoinWindow));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxBatch, 1, nameof(MaxBatch));
        ArgumentNullException.ThrowIfNull(BrowserApps, nameof(BrowserApps));
        ArgumentNullException.ThrowIfNull(Time, nameof(Time));
        return this;
    }
}
