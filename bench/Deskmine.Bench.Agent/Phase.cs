using System.Diagnostics;
using System.Globalization;

namespace Deskmine.Bench.Agent;

/// <summary>One load phase: the agent's CPU share over the phase and its resident memory (sampled every 250 ms by
/// a thread of this process, never by the agent).</summary>
internal static class Phase
{
    public static PhaseResult Run(string name, ProcessProbe probe, int seconds, Action load)
    {
        var maxRss = probe.ResidentMb();
        using var stop = new CancellationTokenSource();
        var sampler = new Thread(() =>
        {
            while (!stop.Token.WaitHandle.WaitOne(250))
                maxRss = Math.Max(maxRss, probe.ResidentMb());
        }) { IsBackground = true };
        var cpu0 = probe.CpuSeconds();
        var clock = Stopwatch.StartNew();
        sampler.Start();
        load();
        // A phase lasts at least its length, so a short injection still has its full window for the agent's work.
        var left = TimeSpan.FromSeconds(seconds) - clock.Elapsed;
        if (left > TimeSpan.Zero)
            Thread.Sleep(left);
        var cpu1 = probe.CpuSeconds();
        var wall = clock.Elapsed.TotalSeconds;
        stop.Cancel();
        sampler.Join();
        var endRss = probe.ResidentMb();
        return new PhaseResult(name, 100 * (cpu1 - cpu0) / wall, endRss, Math.Max(maxRss, endRss), null);
    }
}

/// <summary>Figures of one phase.</summary>
internal sealed record PhaseResult(string Name, double CpuPercent, double RssMb, double MaxRssMb, LatencyResult? Latency)
{
    public PhaseResult WithLatency(LatencyResult latency) => this with { Latency = latency };

    public string ToRow()
    {
        var c = CultureInfo.InvariantCulture;
        var head = string.Format(c, "| {0} | {1:0.00} % | {2:0} / {3:0} MB |", Name, CpuPercent, RssMb, MaxRssMb);
        if (Latency is not { } l)
            return head + " — | — | — | — |";
        var lat = l.P50Ms is { } p50
            ? string.Format(c, "{0:0.00} / {1:0.00} / {2:0.00} ms", p50, l.P99Ms, l.MaxMs)
            : "n/a (events lost: no one-to-one pairing)";
        return head + string.Format(c, " {0} | {1} | {2} | {3} |", l.Sent, l.Recorded, l.Sent - l.Recorded, lat);
    }
}
