namespace Deskmine.Mining.Filters;

/// <summary>How <see cref="TimeWindowFilter"/> relates a case to the window [from, to).</summary>
public enum TimeWindowMode
{
    /// <summary>Keep cases whose every event lies in the window.</summary>
    Contained,

    /// <summary>Keep whole cases whose span [first event, last event] overlaps the window.</summary>
    Intersecting,

    /// <summary>Keep only the events inside the window (cases are trimmed).</summary>
    Trim,
}
