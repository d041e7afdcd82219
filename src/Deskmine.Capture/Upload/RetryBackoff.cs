namespace Deskmine.Capture.Upload;

/// <summary>
/// Exponential backoff with "equal jitter": the n-th consecutive failure waits between half and all of
/// <c>min(max, initial · 2ⁿ)</c>, so many agents coming back after an outage do not knock at the same instant
/// while each still waits at least half the nominal delay.
/// </summary>
internal sealed class RetryBackoff(TimeSpan initial, TimeSpan max, Random random)
{
    public TimeSpan Delay(int failures)
    {
        var exponent = Math.Min(failures, 30);
        var nominal = Math.Min(max.Ticks, initial.Ticks * Math.Pow(2, exponent));
        return TimeSpan.FromTicks((long)(nominal / 2 + (random.NextDouble() * nominal / 2)));
    }
}
