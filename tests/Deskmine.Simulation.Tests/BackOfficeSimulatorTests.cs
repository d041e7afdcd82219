using Deskmine.Core;
using Deskmine.Core.Events;
using Deskmine.Simulation.Tests.Support;

namespace Deskmine.Simulation.Tests;

public class BackOfficeSimulatorTests
{
    [Fact]
    public void Same_options_give_byte_identical_sequences()
    {
        var options = Some.SmallOptions() with { Days = 1 };
        var first = Some.Run(options).Select(Some.Serialize).ToList();
        var second = Some.Run(options).Select(Some.Serialize).ToList();

        Assert.NotEmpty(first);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Different_seeds_give_different_sequences()
    {
        var a = Some.Run(Some.SmallOptions() with { Days = 1 }).Select(Some.Serialize).Take(2000).ToList();
        var b = Some.Run(Some.SmallOptions() with { Days = 1, Seed = 7 }).Select(Some.Serialize).Take(2000).ToList();

        Assert.NotEqual(a, b);
    }

    [Fact]
    public void Teams_people_days_and_processes_are_as_configured()
    {
        var options = new SimulationOptions { Days = 3, Teams = 4, PeoplePerTeam = 5 };
        var events = Some.Run(options);

        Assert.Equal(4, events.Select(e => e.Event.Team).Distinct().Count());
        Assert.Equal(20, events.Select(e => e.Event.User).Distinct().Count());
        Assert.Equal(20, events.Select(e => e.Event.Machine).Distinct().Count());
        var days = events.Select(e => Timestamps.FromMicros(e.Event.Ts!.Value).UtcDateTime.Date).Distinct().ToList();
        Assert.Equal(3, days.Count);
        Assert.All(days, d => Assert.True(d.DayOfWeek is not DayOfWeek.Saturday and not DayOfWeek.Sunday));
        Assert.Equal(60, events.Select(e => e.Event.Session).Distinct().Count());
        Assert.Equal(TaskTypes.All.Order(), events.Select(e => e.Truth.TaskType).Where(t => t.Length > 0).Distinct().Order());
    }

    [Fact]
    public void Default_run_has_three_teams_of_seven_over_ten_working_days()
    {
        var sessions = new HashSet<string>();
        var users = new HashSet<string>();
        var teams = new HashSet<string>();
        foreach (var e in new BackOfficeSimulator().Run(new SimulationOptions()))
        {
            sessions.Add(e.Event.Session);
            users.Add(e.Event.User!);
            teams.Add(e.Event.Team!);
        }

        Assert.Equal(["Accounts Payable", "Customer Service", "Finance Ops"], teams.Order());
        Assert.Equal(21, users.Count);
        Assert.Equal(210, sessions.Count);
    }

    [Fact]
    public void Only_the_chosen_task_types_are_simulated()
    {
        var options = Some.SmallOptions() with { Days = 1, TaskTypes = [TaskTypes.ExpenseApproval, TaskTypes.TicketTriage] };

        var types = Some.Run(options).Select(e => e.Truth.TaskType).Where(t => t.Length > 0).Distinct().Order();

        Assert.Equal([TaskTypes.ExpenseApproval, TaskTypes.TicketTriage], types);
    }

    [Fact]
    public void Every_event_has_its_truth_a_unique_uuid_v7_and_the_sim_source()
    {
        var events = Some.SmallRun();

        Assert.All(events, e =>
        {
            Assert.Equal(e.Event.Id, e.Truth.EventId);
            Assert.Equal("sim", e.Event.Source);
            Assert.Equal(7, e.Event.Id.Version);
            Assert.NotNull(e.Event.Ts);
            Assert.Equal(e.Truth.TaskType.Length == 0, e.Truth.TaskInstance.Length == 0);
            Assert.NotEmpty(e.Truth.Step);
        });
        Assert.Equal(events.Count, events.Select(e => e.Event.Id).Distinct().Count());
    }

    [Fact]
    public void Sessions_are_contiguous_with_gap_free_sequence_numbers()
    {
        var events = Some.SmallRun();
        var seen = new HashSet<string>();

        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i].Event;
            if (i == 0 || events[i - 1].Event.Session != e.Session)
            {
                Assert.True(seen.Add(e.Session), $"session {e.Session} appears twice");
                Assert.Equal(0, e.Seq);
            }
            else
            {
                Assert.Equal(events[i - 1].Event.Seq + 1, e.Seq);
            }
        }
    }

    [Fact]
    public void Timestamps_strictly_increase_per_user_across_days()
    {
        var last = new Dictionary<string, long>();

        foreach (var e in Some.SmallRun())
        {
            var ts = e.Event.Ts!.Value;
            if (last.TryGetValue(e.Event.User!, out var previous))
                Assert.True(ts > previous, $"{e.Event.User} went back in time at seq {e.Event.Seq}");
            last[e.Event.User!] = ts;
        }
        Assert.Equal(9, last.Count);
    }

    [Fact]
    public void Uuid_timestamp_matches_the_event_time()
    {
        foreach (var e in Some.Run(Some.SmallOptions() with { Days = 1 }).Take(500))
        {
            var bytes = e.Event.Id.ToByteArray(bigEndian: true);
            var millis = ((long)bytes[0] << 40) | ((long)bytes[1] << 32) | ((long)bytes[2] << 24)
                | ((long)bytes[3] << 16) | ((long)bytes[4] << 8) | bytes[5];
            Assert.Equal(e.Event.Ts!.Value / 1000, millis);
        }
    }

    [Fact]
    public void Target_event_count_is_met_exactly_running_past_the_configured_days()
    {
        var options = new SimulationOptions { Days = 1, Teams = 1, PeoplePerTeam = 1, TargetEventCount = 12_000 };

        var events = Some.Run(options);

        Assert.Equal(12_000, events.Count);
        Assert.True(events.Select(e => e.Event.Session).Distinct().Count() > 1);
    }

    [Fact]
    public void Working_hours_are_respected_apart_from_finishing_the_last_task()
    {
        var options = Some.SmallOptions() with { WorkdayStart = new(7, 0), WorkdayEnd = new(15, 0) };

        foreach (var session in Some.Run(options).GroupBy(e => e.Event.Session))
        {
            var first = Timestamps.FromMicros(session.First().Event.Ts!.Value).TimeOfDay;
            var last = Timestamps.FromMicros(session.Last().Event.Ts!.Value).TimeOfDay;
            Assert.InRange(first, TimeSpan.FromHours(6.6), TimeSpan.FromHours(7.4));
            Assert.InRange(last, TimeSpan.FromHours(14.6), TimeSpan.FromHours(16));
        }
    }

    [Fact]
    public void Recorded_kinds_cover_what_the_capture_agent_produces()
    {
        var kinds = Some.SmallRun().Select(e => e.Event.Kind).ToHashSet();

        string[] expected =
        [
            EventKinds.Click, EventKinds.DoubleClick, EventKinds.RightClick, EventKinds.TextInput, EventKinds.KeyShortcut,
            EventKinds.KeySpecial, EventKinds.Copy, EventKinds.Paste, EventKinds.AppSwitch, EventKinds.Navigate,
            EventKinds.Scroll, EventKinds.Idle, EventKinds.FileOpen, EventKinds.FormSubmit,
        ];
        Assert.Subset(kinds, expected.ToHashSet());
    }

    [Fact]
    public void Idle_events_carry_a_duration_and_no_task()
    {
        var idle = Some.SmallRun().Where(e => e.Event.Kind == EventKinds.Idle).ToList();

        Assert.NotEmpty(idle);
        Assert.All(idle, e =>
        {
            Assert.True(e.Event.Duration > 60_000_000);
            Assert.Empty(e.Truth.TaskType);
        });
        Assert.Contains(idle, e => e.Truth.Step == "lunch");
    }
}
