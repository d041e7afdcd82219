using Deskmine.Core.Logs;

namespace Deskmine.Mining.Tests;

/// <summary>Small hand-made logs for tests.</summary>
internal static class Some
{
    private static readonly DateTimeOffset Origin = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>A log from rows (case, activity, seconds after 2024-01-01 or null, user), in file order.</summary>
    public static EventLog Log(params (string Case, string Activity, double? Seconds, string? User)[] rows)
    {
        var builder = new EventLogBuilder(["user"]);
        foreach (var (caseId, activity, seconds, user) in rows)
            builder.Add(caseId, activity, seconds is { } s ? Micros(s) : null, [user]);
        return builder.Build();
    }

    /// <summary>A log from rows (case, activity, seconds after 2024-01-01), without attributes.</summary>
    public static EventLog Log(params (string Case, string Activity, double? Seconds)[] rows) =>
        Log(rows.Select(r => (r.Case, r.Activity, r.Seconds, (string?)null)).ToArray());

    /// <summary>A log where each string is one case, one character per activity, one minute apart.</summary>
    public static EventLog Traces(params string[] traces)
    {
        var builder = new EventLogBuilder();
        for (var c = 0; c < traces.Length; c++)
        {
            for (var i = 0; i < traces[c].Length; i++)
                builder.Add("c" + c, traces[c][i].ToString(), Micros(60.0 * i));
        }
        return builder.Build();
    }

    /// <summary>Microseconds of <paramref name="seconds"/> after the origin.</summary>
    public static long Micros(double seconds) => Deskmine.Core.Timestamps.ToMicros(Origin) + (long)(seconds * 1e6);

    /// <summary>The instant <paramref name="seconds"/> after the origin.</summary>
    public static DateTimeOffset At(double seconds) => Origin.AddSeconds(seconds);
}
