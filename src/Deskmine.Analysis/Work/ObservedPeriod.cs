namespace Deskmine.Analysis.Work;

/// <summary>
/// The period a work log covers: its first and last moment and the working days in it (distinct UTC dates on
/// which anything was recorded). Every yearly figure is an extrapolation from these observed days, so every output
/// states them.
/// </summary>
/// <param name="From">Start of the first event (UTC).</param>
/// <param name="To">End of the last event (UTC).</param>
/// <param name="Days">Observed working days: distinct UTC dates with at least one event.</param>
public sealed record ObservedPeriod(DateTimeOffset From, DateTimeOffset To, int Days)
{
    /// <summary>The period of <paramref name="log"/>; an empty log (or one without times) has 0 days.</summary>
    public static ObservedPeriod Of(WorkLog log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var span = log.Span();
        if (span is not { } s)
            return new ObservedPeriod(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, 0);
        var dates = new HashSet<long>();
        foreach (var e in log.Events)
        {
            if (e.Ts is { } ts)
                dates.Add(Math.DivRem(ts, MicrosPerDay, out var rest) - (rest < 0 ? 1 : 0));
        }
        return new ObservedPeriod(FromMicros(s.From), FromMicros(s.To), dates.Count);
    }

    /// <summary>
    /// <paramref name="observed"/> (a quantity measured over the whole period) scaled to a year of
    /// <paramref name="workingDaysPerYear"/> working days: observed ÷ observed days × working days per year. 0 when
    /// nothing was observed.
    /// </summary>
    public double PerYear(double observed, double workingDaysPerYear) =>
        Days == 0 ? 0 : observed / Days * workingDaysPerYear;

    /// <summary>Observed weeks: observed days ÷ <paramref name="workingDaysPerWeek"/> (0 when nothing was observed).</summary>
    public double Weeks(double workingDaysPerWeek) => Days == 0 ? 0 : Days / workingDaysPerWeek;

    private const long MicrosPerDay = 86_400_000_000L;

    private static DateTimeOffset FromMicros(long micros) => DateTimeOffset.UnixEpoch.AddTicks(micros * 10);
}
