namespace Deskmine.Capture.Sources.Windows;

/// <summary>Settings of the Windows desktop source. Defaults match the X11 source so both desktops cut actions
/// the same way; <see cref="Validate"/> rejects values that would break the interpretation.</summary>
public sealed record WindowsSourceOptions
{
    /// <summary>A typing burst ends after this pause (default 2 s).</summary>
    public TimeSpan TypingPause { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Whether the double-click time and distance come from the user's Windows settings
    /// (<c>GetDoubleClickTime</c>, <c>SM_CXDOUBLECLK</c>/<c>SM_CYDOUBLECLK</c>) when the source starts, replacing
    /// <see cref="DoubleClickTime"/> and <see cref="DoubleClickDistance"/> (default true).</summary>
    public bool UseSystemDoubleClick { get; init; } = true;

    /// <summary>Two presses of the left button within this time and <see cref="DoubleClickDistance"/> make a
    /// double click (default 500 ms, the Windows default).</summary>
    public TimeSpan DoubleClickTime { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Largest pointer movement, in pixels along each axis, between the two presses of a double click
    /// (default 2: half the default 4-pixel double-click rectangle).</summary>
    public int DoubleClickDistance { get; init; } = 2;

    /// <summary>No input for this long is an <c>idle</c> interval (default 60 s).</summary>
    public TimeSpan IdleAfter { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Idle intervals at least this long are marked <c>away</c> (default 5 min).</summary>
    public TimeSpan AwayAfter { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> for unusable values.</summary>
    public WindowsSourceOptions Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(TypingPause, TimeSpan.Zero, nameof(TypingPause));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(DoubleClickTime, TimeSpan.Zero, nameof(DoubleClickTime));
        ArgumentOutOfRangeException.ThrowIfNegative(DoubleClickDistance, nameof(DoubleClickDistance));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(IdleAfter, TypingPause, nameof(IdleAfter));
        ArgumentOutOfRangeException.ThrowIfLessThan(AwayAfter, IdleAfter, nameof(AwayAfter));
        return this;
    }
}
