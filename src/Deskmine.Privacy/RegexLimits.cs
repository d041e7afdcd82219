namespace Deskmine.Privacy;

/// <summary>The time limit on every regular expression of the filter.</summary>
/// <remarks>
/// The limit is there against pathological backtracking, which would run for far longer; it is measured in wall-clock
/// time, though, so CPU starvation alone can reach it. At 1 s it did: under a load average of 45 on two cores the
/// idempotence property test saw a plain e-mail in a short text end in <c>RegexMatchTimeoutException</c>, and the
/// event was dropped (fail closed, but the data was lost). The fuzzer ran over 660,000 privacy inputs with a 10 s
/// limit on the whole event and found no slow one.
/// </remarks>
internal static class RegexLimits
{
    /// <summary>Milliseconds a single match may take before it is abandoned (and the event dropped).</summary>
    public const int MatchTimeoutMs = 10_000;
}
