using Deskmine.Analysis.Work;
using Deskmine.Core.Events;
using Std = Deskmine.Analysis.Standardisation.Standardisation;

namespace Deskmine.Analysis.Tests.Standardisation;

public sealed class StandardisationTests
{
    [Fact]
    public void Groups_with_fewer_than_k_people_are_counted_but_never_shown()
    {
        var log = Log(
            [.. People("A", 5).Select((u, n) => Instance(u, "Team A", n * 100, ["Open", "Enter", "Post"], 10))],
            [.. People("B", 4).Select((u, n) => Instance(u, "Team B", 1000 + (n * 100), ["Open", "Enter", "Post"], 10))]);

        var comparison = Assert.Single(Std.Compare(log).TaskTypes);

        Assert.Equal(["Team A"], comparison.Groups.Select(g => g.Group));
        Assert.Equal(1, comparison.SuppressedGroups);
        Assert.Equal(5, comparison.Groups[0].People);
    }

    [Fact]
    public void Best_practice_is_the_fastest_variant_without_rework_done_by_at_least_k_people()
    {
        var log = Log(
            // Team A: the plain variant, 20 s.
            [.. People("A", 5).Select((u, n) => Instance(u, "Team A", n * 100, ["Open", "Enter", "Post"], 10))],
            // Team B: faster, but it enters twice (rework).
            [.. People("B", 5).Select((u, n) => Instance(u, "Team B", 1000 + (n * 100), ["Open", "Enter", "Check", "Enter", "Post"], 2))],
            // Two people of team C skip a step and are fastest of all, but two are fewer than k.
            [.. People("C", 2).Select((u, n) => Instance(u, "Team C", 2000 + (n * 100), ["Open", "Post"], 1))],
            // Team C's others check first: 30 s.
            [.. People("C", 5, from: 2).Select((u, n) => Instance(u, "Team C", 3000 + (n * 100), ["Open", "Check", "Enter", "Post"], 10))]);

        var comparison = Assert.Single(Std.Compare(log).TaskTypes);

        Assert.NotNull(comparison.BestPractice);
        Assert.Equal(["Open", "Enter", "Post"], comparison.BestPractice.Steps);
        Assert.Equal(TimeSpan.FromSeconds(20), comparison.BestPractice.MedianHandling);
        Assert.Equal("Team A", comparison.BestPracticeGroup);
        var a = comparison.Groups.Single(g => g.Group == "Team A");
        Assert.Equal(1.0, a.BestPracticeShare);
        Assert.Equal(0, a.DeviationHoursPerYear);
        Assert.Equal(1.0, comparison.Groups.Single(g => g.Group == "Team B").ReworkShare);
    }

    [Fact]
    public void Deviation_costs_the_excess_median_times_instances_extrapolated_to_a_year()
    {
        var log = Log(
            [.. People("A", 5).Select((u, n) => Instance(u, "Team A", n * 100, ["Open", "Enter", "Post"], 10))],
            [.. People("C", 5).Select((u, n) => Instance(u, "Team C", 1000 + (n * 100), ["Open", "Check", "Enter", "Post"], 10))]);

        var report = Std.Compare(log);
        var c = report.TaskTypes[0].Groups.Single(g => g.Group == "Team C");

        Assert.Equal(1, report.ObservedDays);
        Assert.Equal(TimeSpan.FromSeconds(30), c.MedianHandling);
        // 10 s more than the best practice's 20 s, 5 instances on 1 observed day, 220 days a year.
        Assert.Equal(10.0 / 3600 * 5 * 220, c.DeviationHoursPerYear, 6);
        Assert.Equal(["Check"], c.OwnSteps);
        Assert.Empty(report.TaskTypes[0].Groups.Single(g => g.Group == "Team A").OwnSteps);
    }

    [Fact]
    public void A_person_level_attribute_recorded_on_any_event_forms_the_groups()
    {
        var instances = People("A", 10).Select((u, n) => Instance(u, "Team A", n * 100, ["Open", "Enter", "Post"], 10 + n)).ToArray();
        var log = Log(instances);
        var withRole = log.Events.Select(e => e.Kind == EventKinds.AppSwitch
            ? e with { Attrs = new Dictionary<string, string> { ["role"] = int.Parse(e.User![2..], System.Globalization.CultureInfo.InvariantCulture) < 5 ? "junior" : "senior" } }
            : e).ToArray();
        log = new WorkLog
        {
            Events = withRole,
            InstanceOfEvent = log.InstanceOfEvent,
            StepOfEvent = log.StepOfEvent,
            TaskTypes = log.TaskTypes,
            Instances = log.Instances,
        };

        var comparison = Assert.Single(Std.Compare(log, "role").TaskTypes);

        Assert.Equal(["junior", "senior"], comparison.Groups.Select(g => g.Group));
        Assert.True(comparison.Groups[0].MedianHandling < comparison.Groups[1].MedianHandling);
    }

    private static IEnumerable<string> People(string prefix, int count, int from = 0) =>
        Enumerable.Range(from, count).Select(n => $"{prefix}{n:D2}");

    /// <summary>One instance: an app switch (not timed), then one event per step every <paramref name="stepSeconds"/>.</summary>
    private static (string, string?, int, (UiEvent, string)[]) Instance(string user, string team, double start, string[] steps, double stepSeconds)
    {
        var events = new List<(UiEvent, string)> { (Some.Event(start, EventKinds.AppSwitch, user: user, team: team), steps[0]) };
        for (var s = 1; s < steps.Length; s++)
            events.Add((Some.Event(start + (s * stepSeconds), user: user, team: team), steps[s]));
        return (user, team, 0, [.. events]);
    }

    private static WorkLog Log(params (string, string?, int, (UiEvent, string)[])[][] groups) =>
        Some.Log([.. groups.SelectMany(g => g)]);
}
