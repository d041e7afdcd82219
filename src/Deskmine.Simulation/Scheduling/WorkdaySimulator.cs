using System.Globalization;
using Deskmine.Core;
using Deskmine.Simulation.Processes;
using Deskmine.Simulation.Recording;
using Deskmine.Simulation.Workforce;

namespace Deskmine.Simulation.Scheduling;

/// <summary>
/// Simulates one person's working day into a <see cref="SessionRecorder"/>: start of day, tasks drawn from the
/// team's mix, mail and chat between and inside tasks, interleaved tasks, coffee breaks and lunch, end of day.
/// </summary>
/// <remarks>
/// Timeline of a typical day (UTC):
/// <code>
/// 08:00±20m  start: mail check ─ task ─ task ─ (coffee ~10:00) ─ task … ─ lunch 12:00–13:00 ─ task … ─ 17:00±20m end
///            inside a task:  step ─ step ─ [mail/chat interruption] ─ step ─ [whole other task] ─ step …
/// </code>
/// A task running at the end of the day is finished (a little overtime), never cut.
/// </remarks>
internal sealed class WorkdaySimulator
{
    private static readonly BusinessProcess[] Processes =
        [new InvoiceProcess(), new OnboardingProcess(), new ExpenseProcess(), new TicketProcess(), new VendorUpdateProcess()];

    private readonly SimulationOptions _options;
    private readonly long[] _instanceCounters = new long[Processes.Length];

    public WorkdaySimulator(SimulationOptions options)
    {
        _options = options;
        Recorder = new SessionRecorder(options);
    }

    public SessionRecorder Recorder { get; }

    /// <summary>Simulates <paramref name="person"/> on <paramref name="date"/>; the events are then in <see cref="Recorder"/>.</summary>
    public void Run(Person person, DateOnly date, int dayIndex)
    {
        var rng = new SimRandom(SimRandom.Derive((ulong)_options.Seed, (ulong)dayIndex + 1, (ulong)person.Index));
        var midnight = Timestamps.ToMicros(new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
        var start = midnight + Minutes(_options.WorkdayStart.ToTimeSpan().TotalMinutes + Math.Clamp(rng.Gaussian() * 8, -20, 20));
        var end = midnight + Minutes(_options.WorkdayEnd.ToTimeSpan().TotalMinutes + Math.Clamp(rng.Gaussian() * 8, -20, 20));
        var length = end - start;
        var breaks = new Queue<(long At, double Seconds, string Step)>();
        if (rng.Chance(0.7))
            breaks.Enqueue((start + (long)(length * (0.2 + (rng.NextDouble() * 0.08))), 60 * rng.Next(5, 16), "coffee break"));
        breaks.Enqueue((start + (long)(length * (0.45 + (rng.NextDouble() * 0.08))), 60.0 * person.LunchMinutes, "lunch"));
        if (rng.Chance(0.5))
            breaks.Enqueue((start + (long)(length * (0.6 + (rng.NextDouble() * 0.08))), 60 * rng.Next(25, 60), "meeting"));
        if (rng.Chance(0.6))
            breaks.Enqueue((start + (long)(length * (0.75 + (rng.NextDouble() * 0.08))), 60 * rng.Next(5, 16), "coffee break"));
        if (rng.Chance(0.35))
            breaks.Enqueue((start + (long)(length * (0.08 + (rng.NextDouble() * 0.1))), 60 * rng.Next(15, 45), "meeting"));
        var ordered = breaks.OrderBy(b => b.At).ToArray();
        breaks.Clear();
        foreach (var b in ordered)
            breaks.Enqueue(b);

        var session = $"s-{person.User}-{date.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}";
        var r = Recorder;
        r.BeginSession(person, session, rng, start);
        r.ClearTask("start of day");
        r.Focus(Apps.Explorer, "Program Manager");
        Interruptions.Mail(r);

        while (r.Now < end)
        {
            if (breaks.Count > 0 && r.Now >= breaks.Peek().At)
            {
                var (_, seconds, step) = breaks.Dequeue();
                r.ClearTask(step);
                if (step == "meeting")
                    r.Focus(Apps.Teams, "Meeting | Microsoft Teams");
                r.Idle(rng.LogNormal(seconds, 0.15));
                continue;
            }
            if (rng.Chance(person.MailCheckRate))
                Interruptions.Any(r);
            if (rng.Chance(0.05))
            {
                r.ClearTask("idle");
                r.Idle(60 + (rng.NextDouble() * 480));
            }
            RunTask(r, PickProcess(person, rng, -1), allowInterleave: true);
            r.ClearTask("between tasks");
            r.Think(50);
        }

        r.ClearTask("end of day");
        r.Focus(Apps.Explorer, "Program Manager");
        r.Click("push button", "Start");
        r.Click("menu item", "Sign out");
    }

    private void RunTask(SessionRecorder r, int processIndex, bool allowInterleave)
    {
        var process = Processes[processIndex];
        var number = _instanceCounters[processIndex]++;
        var instance = $"{process.Prefix}-{(number + 1).ToString("D6", CultureInfo.InvariantCulture)}";
        var rng = r.Random;
        // Every process has at least 4 steps, so a break point after step 1–3 is always reached.
        var interruptAfter = rng.Chance(_options.InterruptionRate) ? rng.Next(1, 4) : -1;
        var interleaveAfter = allowInterleave && rng.Chance(_options.InterleaveRate) ? rng.Next(1, 4) : -1;
        r.SetTask(process.TaskType, instance);
        using var steps = process.Run(r, number, _options.ExceptionRate, _options.ViolationRate).GetEnumerator();
        var done = 0;
        while (true)
        {
            r.SetTask(process.TaskType, instance);
            if (!steps.MoveNext())
                break;
            done++;
            // Reading, checking and waiting for systems between steps.
            r.Think(10);
            if (done == interruptAfter)
                Interruptions.Any(r);
            if (done == interleaveAfter)
                RunTask(r, PickProcess(r.Person, rng, processIndex), allowInterleave: false);
        }
    }

    private int PickProcess(Person person, SimRandom rng, int avoid)
    {
        var pick = rng.Weighted(person.TaskWeights);
        // An interleaved task is usually of another type (a ticket in the middle of an invoice).
        for (var attempt = 0; pick == avoid && attempt < 3; attempt++)
            pick = rng.Weighted(person.TaskWeights);
        return pick;
    }

    private static long Minutes(double minutes) => (long)(minutes * 60_000_000);
}
