using System.Globalization;
using Deskmine.Bench.Agent;
using Deskmine.Capture.Spool;
using Deskmine.Core.Events;

// Usage: Deskmine.Bench.Agent --pid PID --spool DIR [--seconds 20] [--display :N]
// The agent (`deskmine agent run --spool DIR`) must already run on the display with a focused window that takes keys.
var opts = Args.Parse(args);
var probe = new ProcessProbe(opts.Pid);
using var injector = new KeyInjector(opts.Display);
var rows = new List<PhaseResult>();

// Warm-up: the first events compile the privacy filter's expressions and the JIT's optimised code; the figures are
// for a running agent, not its first seconds.
injector.Inject(injector.FunctionKey(4), 400, 200);
Thread.Sleep(TimeSpan.FromSeconds(5));

rows.Add(Phase.Run("idle", probe, opts.Seconds, () => Thread.Sleep(TimeSpan.FromSeconds(opts.Seconds))));
long[] slow = [], fast = [];
rows.Add(Phase.Run("20 events/s", probe, opts.Seconds, () => slow = injector.Inject(injector.FunctionKey(5), opts.Seconds * 20, 20)));
rows.Add(Phase.Run("1,000 events/s", probe, opts.Seconds, () => fast = injector.Inject(injector.FunctionKey(6), opts.Seconds * 1000, 1000)));
// The agent stores in batches; give it time to finish before reading.
Thread.Sleep(TimeSpan.FromSeconds(3));

IReadOnlyList<UiEvent> events;
using (var spool = SqliteSpool.Open(opts.Spool))
    events = spool.ReadAll();
rows[1] = rows[1].WithLatency(Latency.Of(slow, events, "F5"));
rows[2] = rows[2].WithLatency(Latency.Of(fast, events, "F6"));

Console.WriteLine("| load | CPU (one core) | resident (end / max) | sent | recorded | lost | latency p50 / p99 / max |");
Console.WriteLine("|---|---|---|---|---|---|---|");
foreach (var r in rows)
    Console.WriteLine(r.ToRow());

internal sealed record Args(int Pid, string Spool, int Seconds, string? Display)
{
    public static Args Parse(string[] args)
    {
        string? Value(string name)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        }
        var pid = Value("--pid") ?? throw new ArgumentException("--pid PID of the running agent is required");
        var spool = Value("--spool") ?? throw new ArgumentException("--spool DIR of the running agent is required");
        return new Args(int.Parse(pid, CultureInfo.InvariantCulture), spool,
            int.Parse(Value("--seconds") ?? "20", CultureInfo.InvariantCulture), Value("--display"));
    }
}
