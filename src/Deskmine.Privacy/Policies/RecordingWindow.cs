namespace Deskmine.Privacy.Policies;

/// <summary>
/// A weekly time window in which recording is allowed, in a named time zone. When <see cref="From"/> is
/// later than <see cref="To"/> the window runs over midnight, and the day that counts is the day it starts:
/// <c>Fri 22:00–06:00</c> covers Friday night until Saturday 06:00.
/// </summary>
public sealed record RecordingWindow
{
    /// <summary>Days on which the window starts. Default Monday to Friday.</summary>
    public IReadOnlyList<DayOfWeek> Days { get; init; } =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    /// <summary>Local start time (inclusive).</summary>
    public TimeOnly From { get; init; } = new(0, 0);

    /// <summary>Local end time (exclusive); equal to <see cref="From"/> means the whole day.</summary>
    public TimeOnly To { get; init; } = new(0, 0);

    /// <summary>IANA time zone id such as <c>Europe/Berlin</c>. Default <c>UTC</c>.</summary>
    public string TimeZone { get; init; } = "UTC";

    /// <summary>Whether the local time <paramref name="local"/> falls inside this window.</summary>
    /// <param name="local">Wall-clock time in <see cref="TimeZone"/>.</param>
    public bool Contains(DateTime local)
    {
        var time = TimeOnly.FromDateTime(local);
        if (From == To)
            return Days.Contains(local.DayOfWeek);
        if (From < To)
            return Days.Contains(local.DayOfWeek) && time >= From && time < To;
        // Over midnight: the evening part belongs to today, the morning part to the day before.
        if (time >= From)
            return Days.Contains(local.DayOfWeek);
        return time < To && Days.Contains(local.AddDays(-1).DayOfWeek);
    }
}
