using Deskmine.Analysis.Assumptions;
using Deskmine.Analysis.TimeStudy;
using Deskmine.Analysis.Work;

namespace Deskmine.Analysis.Tests.TimeStudy;

public sealed class TimeStudyCalculatorTests
{
    private static IReadOnlyList<TaskTypeTimes> Study(WorkLog log, AnalysisAssumptions? a = null) =>
        TimeStudyCalculator.Study(log, [.. log.Instances.Select(i => WorkSteps.Timing(log, i))], ObservedPeriod.Of(log), a ?? AnalysisAssumptions.Default);

    [Fact]
    public void Variants_collapse_repeated_steps_and_are_counted_most_frequent_first()
    {
        var log = Some.Log(
            SomeWork.Instance("u01", 0, 0, "Open", "Enter", "Enter", "Save"),
            SomeWork.Instance("u01", 0, 300, "Open", "Enter", "Save"),
            SomeWork.Instance("u02", 0, 600, "Open", "Check", "Save"));

        var type = Assert.Single(Study(log));

        Assert.Equal(3, type.Instances);
        Assert.Equal(2, type.People);
        Assert.Equal(["Open", "Enter", "Save"], type.Variants[0].Steps);
        Assert.Equal(2, type.Variants[0].Instances);
        Assert.Equal(2.0 / 3, type.Variants[0].Share, 9);
        Assert.Equal(["Open", "Check", "Save"], type.Variants[1].Steps);
    }

    [Fact]
    public void Handling_time_comes_from_work_steps_and_is_extrapolated_to_a_year()
    {
        // Two instances of 30 s and 20 s handling on one observed day.
        var log = Some.Log(
            SomeWork.Instance("u01", 0, 0, "A", "B", "C", "D"),
            SomeWork.Instance("u02", 0, 300, "A", "B", "C"));
        var a = AnalysisAssumptions.Default with { WorkingDaysPerYear = 200, HoursPerFte = 1000 };

        var type = Assert.Single(Study(log, a));

        Assert.Equal(25, type.Handling.Median, 9);
        Assert.Equal(29, type.Handling.P90, 9);
        Assert.Equal(50 / 3600.0, type.HoursObserved, 9);
        Assert.Equal(50 / 3600.0 * 200, type.HoursPerYear, 9);
        Assert.Equal(type.HoursPerYear / 1000, type.Fte, 9);
        Assert.Equal(1 / 0.2, type.InstancesPerPersonPerWeek, 9);
        var step = type.Steps.Single(s => s.Name == "B");
        Assert.Equal(2, step.Occurrences);
        Assert.Equal(10, step.Handling.Median, 9);
    }

    [Fact]
    public void A_step_spread_over_two_applications_splits_its_time_by_events()
    {
        var log = Some.Log(("u01", "A", 0,
        [
            (Some.Event(0, app: "pdf.exe"), "Copy"),
            (Some.Event(10, app: "pdf.exe"), "Copy"),
            (Some.Event(20, app: "erp.exe"), "Copy"),
            (Some.Event(60, app: "erp.exe"), "Post"),
        ]));

        var apps = Assert.Single(Study(log)).Applications;

        // Copy: 20 s over 3 events (2 in the PDF reader); Post: 40 s in the ERP.
        Assert.Equal("erp.exe", apps[0].App);
        Assert.Equal((20.0 / 3 + 40) / 60, apps[0].Share, 9);
        Assert.Equal(40.0 / 3 / 60, apps.Single(a => a.App == "pdf.exe").Share, 9);
    }
}
