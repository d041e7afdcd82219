using Deskmine.Simulation.Scheduling;
using Deskmine.Simulation.Workforce;

namespace Deskmine.Simulation;

/// <summary>
/// A synthetic back office: teams of people performing invoice processing, customer onboarding, expense approval,
/// ticket triage and vendor master updates across Outlook, Acrobat, an SAP-like ERP, Excel and web apps, recorded as
/// schema v1 events with ground truth. See <c>docs/simulator.md</c>.
/// </summary>
/// <remarks>
/// <para>Order: by working day, then by person (u01, u02, …), then by time. Each (person, day) is one contiguous
/// session (<c>s-u07-20240304</c>) with gap-free <see cref="Deskmine.Core.Events.UiEvent.Seq"/> from 0 and strictly
/// increasing timestamps; a person's events are therefore also in time order across days. The stream is not
/// globally sorted by time.</para>
/// <para>Streaming: one user-day is generated at a time (a few thousand events), so memory stays bounded for any
/// length. The same options give the same sequence, byte for byte.</para>
/// </remarks>
public sealed class BackOfficeSimulator
{
    /// <summary>Runs the simulation lazily.</summary>
    /// <param name="options">Settings; validated before the first event is produced.</param>
    /// <returns>The events with their ground truth, in the order described on the type.</returns>
    /// <exception cref="Deskmine.Core.Errors.InputException">An option is out of range.</exception>
    public IEnumerable<SimulatedEvent> Run(SimulationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return Generate(options);
    }

    private static IEnumerable<SimulatedEvent> Generate(SimulationOptions options)
    {
        var people = WorkforceBuilder.Build(options);
        var workday = new WorkdaySimulator(options);
        var target = options.TargetEventCount ?? long.MaxValue;
        var produced = 0L;
        var date = options.StartDate;
        for (var day = 0; options.TargetEventCount is not null || day < options.Days; day++)
        {
            date = NextWorkingDay(date, first: day == 0);
            foreach (var person in people)
            {
                workday.Run(person, date, day);
                foreach (var ev in workday.Recorder.Events)
                {
                    yield return ev;
                    if (++produced >= target)
                        yield break;
                }
            }
        }
    }

    /// <summary>The first working day on or after <paramref name="date"/> (first call) or after it.</summary>
    private static DateOnly NextWorkingDay(DateOnly date, bool first)
    {
        if (!first)
            date = date.AddDays(1);
        while (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            date = date.AddDays(1);
        return date;
    }
}
