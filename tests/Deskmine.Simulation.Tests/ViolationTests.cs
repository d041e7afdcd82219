using Deskmine.Simulation.Tests.Support;

namespace Deskmine.Simulation.Tests;

/// <summary>Injected compliance violations: each one is visible in the instance's steps, and only there.</summary>
public class ViolationTests
{
    [Fact]
    public void Without_a_violation_rate_no_event_carries_a_violation()
    {
        Assert.All(Some.SmallRun(), e => Assert.Null(e.Violation));
    }

    [Fact]
    public void An_invoice_posted_without_simulation_is_exactly_an_injected_violation()
    {
        var events = Some.Run(Some.SmallOptions() with { ViolationRate = 0.2 });
        var instances = events.Where(e => e.Truth.TaskType == TaskTypes.InvoiceProcessing).GroupBy(e => e.Truth.TaskInstance).ToList();

        var injected = instances.Where(g => g.Any(e => e.Violation == Violations.PostedWithoutSimulation)).Select(g => g.Key).ToHashSet();
        var observed = instances.Where(g => PostedWithoutSimulation(g.Select(e => e.Truth.Step).ToList())).Select(g => g.Key).ToHashSet();

        Assert.InRange(injected.Count, 5, instances.Count / 2);
        Assert.Equal(injected.Order(), observed.Order());
    }

    [Fact]
    public void A_bank_change_never_confirmed_is_exactly_an_injected_violation()
    {
        var options = Some.SmallOptions() with { Days = 4, ViolationRate = 0.3, TaskTypes = [TaskTypes.VendorMasterUpdate] };
        var instances = Some.Run(options).Where(e => e.Truth.TaskType == TaskTypes.VendorMasterUpdate).GroupBy(e => e.Truth.TaskInstance).ToList();

        var injected = instances.Where(g => g.Any(e => e.Violation == Violations.BankChangeNotConfirmed)).Select(g => g.Key).ToHashSet();
        var observed = instances.Where(g => !g.Any(e => e.Truth.Step == "Confirm to vendor")).Select(g => g.Key).ToHashSet();

        Assert.NotEmpty(injected);
        Assert.Equal(injected.Order(), observed.Order());
        Assert.All(instances.Where(g => injected.Contains(g.Key)), g => Assert.Contains(g, e => e.Truth.Step == "Save vendor"));
    }

    private static bool PostedWithoutSimulation(List<string> steps)
    {
        var post = steps.IndexOf("Post invoice");
        return post >= 0 && !steps.Take(post).Contains("Simulate posting");
    }
}
