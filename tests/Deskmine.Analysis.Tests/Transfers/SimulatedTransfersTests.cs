using Deskmine.Analysis.Transfers;
using Deskmine.Simulation;
using Xunit.Abstractions;

namespace Deskmine.Analysis.Tests.Transfers;

public sealed class SimulatedTransfersTests(ITestOutputHelper output)
{
    [Fact]
    public void Invoice_values_move_from_the_pdf_to_the_erp_and_on_to_the_tracking_sheet()
    {
        var log = TransferLogs.FromSimulation(new BackOfficeSimulator().Run(new SimulationOptions { Days = 3 }));
        var invoice = log.TaskTypes.Select((t, k) => (t, k)).Single(x => x.t.Id == TaskTypes.InvoiceProcessing).k;

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var report = DataTransfers.Find(log);
        output.WriteLine($"{log.Events.Count} events, {log.Instances.Count} instances, found in {clock.ElapsedMilliseconds} ms; " +
            $"shares {string.Join(", ", report.TransferEventShare.Select((x, k) => $"{log.TaskTypes[k].Name} {x:P1}"))}");

        var transfers = report.Transfers.Where(t => t.TaskType == invoice).ToArray();
        foreach (var t in transfers)
            output.WriteLine($"{t.Count,4} {t.FromApp} {t.FromField} → {t.ToApp} {t.ToField} [{t.MatchedBy}]");
        int Count(string fromApp, string fromField, string toApp, string toField) =>
            transfers.SingleOrDefault(t => (t.FromApp, t.FromField, t.ToApp, t.ToField) == (fromApp, fromField, toApp, toField))?.Count ?? 0;
        var copied = Count("AcroRd32.exe", "Invoice number", "saplogon.exe", "Reference");
        Assert.True(copied >= 10, $"{copied} invoice numbers pasted from the PDF into the ERP");
        Assert.Equal(copied, Count("AcroRd32.exe", "Total amount", "saplogon.exe", "Amount"));
        Assert.InRange(Count("AcroRd32.exe", "Invoice number", "EXCEL.EXE", "Invoices!A"), copied * 9 / 10, copied);
        Assert.InRange(Count("saplogon.exe", "Document number", "EXCEL.EXE", "Invoices!D"), copied * 7 / 10, copied);
        Assert.True(Count("saplogon.exe", "Reference", "EXCEL.EXE", "Invoices!A") > 0, "typed references re-typed into the sheet");
        Assert.All(transfers, t => Assert.Equal(DataTransferMatch.Hash, t.MatchedBy));
        Assert.InRange(report.TransferEventShare[invoice], 0.01, 0.5);
    }
}
