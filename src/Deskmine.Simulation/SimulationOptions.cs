using Deskmine.Core.Errors;

namespace Deskmine.Simulation;

/// <summary>
/// Settings of one <see cref="BackOfficeSimulator"/> run. The defaults describe the reference back office:
/// 3 teams of 7 people (21 people) over 10 working days (2 weeks) from Monday 4 March 2024, 08:00–17:00 UTC.
/// The same options always produce the same event sequence.
/// </summary>
public sealed record SimulationOptions
{
    /// <summary>Seed of every random choice. Default 42.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>First calendar day; weekends are skipped. Default 2024-03-04 (a Monday).</summary>
    public DateOnly StartDate { get; init; } = new(2024, 3, 4);

    /// <summary>Number of working days (Monday–Friday) to simulate, 1–1000. Default 10 (2 weeks).</summary>
    public int Days { get; init; } = 10;

    /// <summary>Number of teams, 1–12. The first three are "Accounts Payable", "Customer Service" and "Finance Ops". Default 3.</summary>
    public int Teams { get; init; } = 3;

    /// <summary>People in each team, 1–200. Default 7.</summary>
    public int PeoplePerTeam { get; init; } = 7;

    /// <summary>Usual start of the working day (UTC); each person starts within ±20 minutes of it. Default 08:00.</summary>
    public TimeOnly WorkdayStart { get; init; } = new(8, 0);

    /// <summary>Usual end of the working day (UTC); at least 2 hours after <see cref="WorkdayStart"/>. Default 17:00.</summary>
    public TimeOnly WorkdayEnd { get; init; } = new(17, 0);

    /// <summary>
    /// When set, the run yields exactly this many events: it continues past <see cref="Days"/> with further working
    /// days as long as needed and stops in the middle of a user-day once the count is reached. Default <c>null</c>
    /// (run exactly <see cref="Days"/> days).
    /// </summary>
    public long? TargetEventCount { get; init; }

    /// <summary>Probability, 0–1, that a task instance is interrupted once by mail or chat and then resumed. Default 0.2.</summary>
    public double InterruptionRate { get; init; } = 0.2;

    /// <summary>Probability, 0–1, that a task instance is suspended for another whole task and then resumed. Default 0.08.</summary>
    public double InterleaveRate { get; init; } = 0.08;

    /// <summary>Probability, 0–1, of a stray noise event (taskbar click, glance at another app) after any task action. Default 0.01.</summary>
    public double NoiseRate { get; init; } = 0.01;

    /// <summary>Probability, 0–1, of a process exception (price mismatch, failed KYC, escalation …) where a process has one. Default 0.15.</summary>
    public double ExceptionRate { get; init; } = 0.15;

    /// <summary>
    /// Probability, 0–1, that an instance of a process with a prescribed control skips it: an invoice posted without
    /// simulating the posting first (<see cref="Violations.PostedWithoutSimulation"/>), a vendor's new bank details
    /// saved without confirming the change to the vendor (<see cref="Violations.BankChangeNotConfirmed"/>). The
    /// events of such an instance carry <see cref="SimulatedEvent.Violation"/>. Default 0 (none), so that runs without
    /// it keep their event streams; the demo uses 0.03.
    /// </summary>
    public double ViolationRate { get; init; }

    /// <summary>
    /// When true, typed and copied text is kept in <see cref="Deskmine.Core.Events.UiEvent.Value"/> (as a permissive
    /// capture policy would); by default only the character count and the keyed hash are recorded. Default false.
    /// </summary>
    public bool CaptureText { get; init; }

    /// <summary>Task types to simulate (see <see cref="TaskTypes"/>); <c>null</c> or empty means all of them.</summary>
    public IReadOnlyList<string>? TaskTypes { get; init; }

    /// <summary>The task types this run simulates, in <see cref="Simulation.TaskTypes.All"/> order.</summary>
    public IReadOnlyList<string> EffectiveTaskTypes =>
        TaskTypes is { Count: > 0 } chosen ? [.. Simulation.TaskTypes.All.Where(chosen.Contains)] : Simulation.TaskTypes.All;

    /// <summary>Checks every setting.</summary>
    /// <exception cref="InputException">A setting is out of range; the column names the setting.</exception>
    public void Validate()
    {
        Require(Days is >= 1 and <= 1000, nameof(Days), $"expected 1–1000 working days, got {Days}");
        Require(Teams is >= 1 and <= 12, nameof(Teams), $"expected 1–12 teams, got {Teams}");
        Require(PeoplePerTeam is >= 1 and <= 200, nameof(PeoplePerTeam), $"expected 1–200 people per team, got {PeoplePerTeam}");
        Require(WorkdayEnd - WorkdayStart >= TimeSpan.FromHours(2) && WorkdayEnd > WorkdayStart, nameof(WorkdayEnd),
            $"expected the working day to end at least 2 hours after it starts ({WorkdayStart:HH:mm}), got {WorkdayEnd:HH:mm}");
        Require(WorkdayStart >= new TimeOnly(0, 30) && WorkdayEnd <= new TimeOnly(23, 0), nameof(WorkdayStart),
            "expected working hours between 00:30 and 23:00 UTC so that a day never crosses midnight");
        Require(TargetEventCount is null or > 0, nameof(TargetEventCount), $"expected a positive event count, got {TargetEventCount}");
        Rate(InterruptionRate, nameof(InterruptionRate));
        Rate(InterleaveRate, nameof(InterleaveRate));
        Rate(NoiseRate, nameof(NoiseRate));
        Rate(ExceptionRate, nameof(ExceptionRate));
        Rate(ViolationRate, nameof(ViolationRate));
        if (TaskTypes is not null)
        {
            foreach (var type in TaskTypes)
            {
                Require(Simulation.TaskTypes.All.Contains(type), nameof(TaskTypes),
                    $"unknown task type '{type}'; expected one of: {string.Join(", ", Simulation.TaskTypes.All)}");
            }
        }
    }

    private static void Rate(double value, string name) =>
        Require(value is >= 0 and <= 1 && !double.IsNaN(value), name, $"expected a probability between 0 and 1, got {value}");

    private static void Require(bool condition, string setting, string problem)
    {
        if (!condition)
            throw new InputException(nameof(SimulationOptions), null, setting, problem);
    }
}
