using Deskmine.Core.Events;

namespace Deskmine.Bench.Agent;

/// <summary>Loss and latency of one phase: the recorded <c>key_special</c> events of its key against the send
/// stamps. Keys of one phase are identical, so the k-th recorded event belongs to the k-th press only when none was
/// lost; with loss no latency is claimed.</summary>
internal static class Latency
{
    public static LatencyResult Of(long[] sent, IReadOnlyList<UiEvent> events, string key)
    {
        var recorded = events.Where(e => e.Kind == EventKinds.KeySpecial && e.Value == key && e.Ts is not null)
            .Select(e => e.Ts!.Value).Order().ToArray();
        if (recorded.Length != sent.Length || sent.Length == 0)
            return new LatencyResult(sent.Length, recorded.Length, null, null, null);
        var ms = sent.Zip(recorded, (s, r) => (r - s) / 1000.0).Order().ToArray();
        double At(double q) => ms[Math.Min(ms.Length - 1, (int)(q * ms.Length))];
        return new LatencyResult(sent.Length, recorded.Length, At(0.5), At(0.99), ms[^1]);
    }
}

/// <summary>Loss and latency figures (ms from the XTest send to the agent's receipt stamp).</summary>
internal sealed record LatencyResult(int Sent, int Recorded, double? P50Ms, double? P99Ms, double? MaxMs);
