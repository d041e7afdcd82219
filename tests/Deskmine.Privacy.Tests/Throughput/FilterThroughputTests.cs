using System.Diagnostics;
using Deskmine.Core.Events;
using Deskmine.Privacy.Policies;
using Xunit.Abstractions;

namespace Deskmine.Privacy.Tests.Throughput;

/// <summary>Events per second through the whole filter on a realistic mix; the figure goes to the test output
/// (and docs/privacy.md), the assertion only guards against an order-of-magnitude slowdown.</summary>
[Collection(nameof(FilterThroughputTests))]
public class FilterThroughputTests(ITestOutputHelper output)
{
    private static readonly string[] Titles =
    [
        "Invoice 4711 – SAP", "Book1 - Excel", "RE: Offer – Margaret Thistlewood – Outlook", "Inbox - jane.doe@example.com - Outlook",
        "Customer 10023 – CRM", "Report 2024-03-01 10:15.xlsx - Excel", "Order INV-2024-0042 (draft)", "Untitled - Notepad",
        "Payment run 01.03.2024 – SAP", "Vendor master – DE89 3704 0044 0532 0130 00 – SAP",
    ];

    private static readonly string[] Urls =
    [
        "https://erp.example.com/orders/4711/edit", "https://crm.example.com/customers?contact=smith&page=2",
        "https://mail.example.com/#inbox/FMfcgzQXJWLdpfQbbWbLRjWvdMkbsbWl", "https://portal.example.com/api?access_token=abc123def456",
    ];

    [Fact]
    public void Filter_keeps_up_with_a_busy_desktop()
    {
        var filter = new PrivacyFilter(Some.Policy() with { ClipboardText = [new TextOptIn()] });
        var events = Enumerable.Range(0, 2000).Select(i => Some.Event(i % 3 == 0 ? EventKinds.Copy : EventKinds.Click) with
        {
            Seq = i,
            Window = Titles[i % Titles.Length],
            Url = i % 2 == 0 ? Urls[i % Urls.Length] : null,
            TargetName = i % 4 == 0 ? "Amount 1.234,56" : "Save",
            Value = i % 3 == 0 ? "call +49 30 12345678 about 4111 1111 1111 1111" : null,
            Attrs = new Dictionary<string, string> { ["cell"] = "B7" },
        }).ToList();
        foreach (var e in events.Take(200))
            filter.Apply(e);

        var watch = Stopwatch.StartNew();
        var kept = 0;
        for (var round = 0; round < 3; round++)
            kept += events.Count(e => filter.Apply(e).IsKept);
        watch.Stop();

        var perSecond = kept / watch.Elapsed.TotalSeconds;
        output.WriteLine($"privacy filter: {perSecond:F0} events/s ({kept} events in {watch.Elapsed.TotalMilliseconds:F0} ms)");
        Assert.Equal(3 * events.Count, kept);
        Assert.True(perSecond > 100, $"{perSecond:F0} events/s");
    }
}

/// <summary>Runs the throughput measurement alone, not beside the property tests.</summary>
[CollectionDefinition(nameof(FilterThroughputTests), DisableParallelization = true)]
public sealed class FilterThroughputCollection;
