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
        ArgumentOutOfRangeException.ThrowIfLessThan(ControlInterval, TimeSpan.FromMilliseconds(20), nameof(ControlInterval));
        Desktop.Validate();
        Redaction.Validate();
        return this;
    }
}
