using System.Diagnostics;
using System.Globalization;
using Deskmine.Core.Events;
using Deskmine.Privacy;
using Deskmine.Privacy.Policies;
using Deskmine.Simulation;

// Privacy filter throughput on one thread: events per wall second and per CPU second (the better figure on a shared
// machine), over three streams. Usage: dotnet run -c Release --project bench/Deskmine.Bench.Privacy [EVENTS] [ROUNDS]
var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20_000;
var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
var policy = CapturePolicy.Default with
{
    OrgKey = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f",
    ClipboardText = [new TextOptIn()],
    TypedText = [new TextOptIn()],
};

// 1. The simulated back office: what the agent records (titles, addresses, labels, typed and copied values).
var simulated = new BackOfficeSimulator()
    .Run(new SimulationOptions { Days = 60, Teams = 2, PeoplePerTeam = 3, TargetEventCount = count })
    .Select(s => s.Event with { Source = "x11" })
    .ToList();

// 2. The mix of the filter's throughput test: templated titles, secret-bearing addresses, a phone and a card.
string[] titles =
[
    "Invoice 4711 – SAP", "Book1 - Excel", "RE: Offer – Margaret Thistlewood – Outlook", "Inbox - jane.doe@example.com - Outlook",
    "Customer 10023 – CRM", "Report 2024-03-01 10:15.xlsx - Excel", "Order INV-2024-0042 (draft)", "Untitled - Notepad",
    "Payment run 01.03.2024 – SAP", "Vendor master – DE89 3704 0044 0532 0130 00 – SAP",
];
string[] urls =
[
    "https://erp.example.com/orders/4711/edit", "https://crm.example.com/customers?contact=smith&page=2",
    "https://mail.example.com/#inbox/FMfcgzQXJWLdpfQbbWbLRjWvdMkbsbWl", "https://portal.example.com/api?access_token=abc123def456",
];
var mix = Enumerable.Range(0, count).Select(i => simulated[0] with
{
    Seq = i,
    Kind = i % 3 == 0 ? EventKinds.Copy : EventKinds.Click,
    Window = titles[i % titles.Length],
    Url = i % 2 == 0 ? urls[i % urls.Length] : null,
    TargetName = i % 4 == 0 ? "Amount 1.234,56" : "Save",
    Value = i % 3 == 0 ? "call +49 30 12345678 about 4111 1111 1111 1111" : null,
    Attrs = new Dictionary<string, string> { ["cell"] = "B7" },
}).ToList();

// 3. The simulated stream with every text made unique, so nothing is ever seen twice (the worst case for any reuse).
var unique = simulated.Select((e, i) =>
{
    var tag = " " + Letters(i);
    return e with
    {
        Window = e.Window + tag,
        Url = e.Url is null ? null : e.Url + "#" + Letters(i),
        TargetName = e.TargetName + tag,
        Value = e.Value is null ? null : e.Value + tag,
    };
}).ToList();

Console.WriteLine($"privacy filter, one thread, {count:N0} events per stream, best of {rounds} rounds, each round a new filter");
// Warm up every code path (JIT tiers, regex) on all three streams with a filter of its own, so no measured round
// pays for compilation and the order of the streams does not matter.
var warm = new PrivacyFilter(policy);
foreach (var e in simulated.Concat(mix).Concat(unique))
    warm.Apply(e);
Console.WriteLine($"load average before: {LoadAverage()}");
Measure("simulated back office", simulated);
Measure("throughput-test mix", mix);
Measure("simulated, every text unique", unique);
Console.WriteLine($"load average after: {LoadAverage()}");

void Measure(string name, List<UiEvent> events)
{
    double bestWall = double.MaxValue, bestCpu = double.MaxValue;
    var kept = 0;
    for (var round = 0; round < rounds; round++)
    {
        var filter = new PrivacyFilter(policy);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        kept = 0;
        foreach (var e in events)
        {
            if (filter.Apply(e).IsKept)
                kept++;
        }
        watch.Stop();
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        bestWall = Math.Min(bestWall, watch.Elapsed.TotalSeconds);
        bestCpu = Math.Min(bestCpu, cpuSeconds);
    }
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{name,-32} {events.Count / bestWall,10:N0} events/s wall  {events.Count / bestCpu,10:N0} events per CPU-s  ({kept:N0} kept)"));
}

static string Letters(int i)
{
    var chars = new List<char>();
    do
    {
        chars.Add((char)('a' + (i % 26)));
        i /= 26;
    }
    while (i > 0);
    return "ref" + new string([.. chars]);
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";
