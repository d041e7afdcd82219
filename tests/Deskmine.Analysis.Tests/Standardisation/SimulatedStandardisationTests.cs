using System.Globalization;
using Deskmine.Analysis.Tests.Transfers;
using Deskmine.Simulation;
using Xunit.Abstractions;
using Std = Deskmine.Analysis.Standardisation.Standardisation;

namespace Deskmine.Analysis.Tests.Standardisation;

public sealed class SimulatedStandardisationTests(ITestOutputHelper output)
{
    [Fact]
    public void Invoice_processing_compares_the_three_habits_and_names_the_group_that_follows_the_best_practice()
    {
        var log = TransferLogs.FromSimulation(new BackOfficeSimulator().Run(new SimulationOptions { Days = 3 }));

        var report = Std.Compare(log);

        var invoice = report.TaskTypes.Single(t => t.Name == TaskTypes.InvoiceProcessing);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"observed days {report.ObservedDays}; best practice: {string.Join(" → ", invoice.BestPractice?.Steps ?? [])} " +
            $"({invoice.BestPractice?.Instances} instances, {invoice.BestPractice?.People} people, median {invoice.BestPractice?.MedianHandling}); group {invoice.BestPracticeGroup}"));
        foreach (var g in invoice.Groups)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{g.Group}: {g.People} people, {g.Instances} instances, median {g.MedianHandling:mm\\:ss}, p90 {g.P90Handling:mm\\:ss}, " +
                $"best-practice share {g.BestPracticeShare:P0}, rework {g.ReworkShare:P0}, own steps [{string.Join(", ", g.OwnSteps)}], {g.DeviationHoursPerYear:F0} h/year"));
            foreach (var v in g.Variants.Take(2))
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"   {v.Instances} × {v.Steps.Count} steps, median {v.MedianHandling:mm\\:ss}, rework {v.ReworkShare:P0}"));
        }
        Assert.Equal(3, invoice.Groups.Count);
        Assert.Equal(["Check tracking sheet"], invoice.Groups.Single(g => g.Group == "Finance Ops").OwnSteps);
        // Copying instead of typing avoids typos: Accounts Payable retypes a field in the fewest invoices.
        Assert.Equal("Accounts Payable", invoice.Groups.MinBy(g => g.ReworkShare)!.Group);
        // The simulator designs Accounts Payable's copy-paste habit as the best practice for invoices (docs/simulator.md):
        // no value read off the PDF and checked by eye, no extra look-up in the tracking sheet.
        Assert.NotNull(invoice.BestPractice);
        Assert.Equal("Accounts Payable", invoice.BestPracticeGroup);
        Assert.Equal(invoice.Groups.MaxBy(g => g.BestPracticeShare)!.Group, invoice.BestPracticeGroup);
        Assert.Equal(0, invoice.Groups.Single(g => g.Group == invoice.Groups.MinBy(x => x.MedianHandling)!.Group).DeviationHoursPerYear);
    }
}
