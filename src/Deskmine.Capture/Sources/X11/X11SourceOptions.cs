namespace Deskmine.Capture.Sources.X11;

/// <summary>Settings of the X11 desktop source. Defaults suit office work; <see cref="Validate"/> rejects
/// values that would break the interpretation.</summary>
public sealed record X11SourceOptions
{
    /// <summary>X display to record; null uses <c>DISPLAY</c>.</summary>
    public string? Display { get; init; }

    /// <summary>A typing burst ends after this pause (default 2 s).</summary>
    public TimeSpan TypingPause { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Two presses of the left button within this time and <see cref="DoubleClickDistance"/> make a
    /// double click (default 400 ms).</summary>
    public TimeSpan DoubleClickTime { get; init; } = TimeSpan.FromMilliseconds(400);

    /// <summary>Largest pointer movement, in pixels, between the two presses of a double click (default 4).</summary>
    public int DoubleClickDistance { get; init; } = 4;

    /// <summary>No input for this long is an <c>idle</c> interval (default 60 s).</summary>
    public TimeSpan IdleAfter { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Idle intervals at least this long are marked <c>away</c> (default 5 min).</summary>
    public TimeSpan AwayAfter { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Longest wait for the accessibility bus to name the element under a click (default 500 ms);
    /// the click is recorded without element details when it runs out.</summary>
    public TimeSpan AccessibilityTimeout { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Whether to ask AT-SPI for the element under clicks (default true).</summary>
    public bool UseAccessibility { get; init; } = true;

    /// <summary>How often the focus is polled when no window manager announces the active window (default 250 ms).</summary>
    public TimeSpan FocusPollInterval { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> for unusable values.</summary>
    public X11SourceOptions Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(TypingPause, TimeSpan.Zero, nameof(TypingPause));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(DoubleClickTime, TimeSpan.Zero, nameof(DoubleClickTime));
        ArgumentOutOfRangeException.ThrowIfNegative(DoubleClickDistance, nameof(DoubleClickDistance));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(IdleAfter, TypingPause, nameof(IdleAfter));
        ArgumentOutOfRangeException.ThrowIfLessThan(AwayAfter, IdleAfter, nameof(AwayAfter));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(AccessibilityTimeout, TimeSpan.Zero, nameof(AccessibilityTimeout));
        ArgumentOutOfRangeException.ThrowIfLessThan(FocusPollInterval, TimeSpan.FromMilliseconds(10), nameof(FocusPollInterval));
        return this;
    }
}
