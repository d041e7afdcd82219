using System.Globalization;
using Deskmine.Capture.Spool;
using Deskmine.Core.Events;

// Usage: SpoolWriter DIR BATCH
// Appends events (BATCH per transaction) forever and prints "committed <id> <seq>" for each event after its
// transaction returned, so the parent knows exactly which events were committed when it kills this process.
var directory = args[0];
var batch = int.Parse(args[1], CultureInfo.InvariantCulture);
using var spool = SqliteSpool.Open(directory, new SpoolOptions { FlushEachCommit = false });
var stdout = Console.Out;
for (long i = 0; ; i++)
{
    var events = new List<UiEvent>(batch);
    for (var j = 0; j < batch; j++)
    {
        events.Add(new UiEvent
        {
            Id = Guid.CreateVersion7(),
            Source = "x11",
            Kind = EventKinds.Click,
            App = "writer",
            Window = "Writer " + i.ToString(CultureInfo.InvariantCulture),
            TargetName = "button " + j.ToString(CultureInfo.InvariantCulture),
        });
    }
    spool.AppendBatch(events);
    foreach (var e in events)
        stdout.WriteLine("committed " + e.Id.ToString());
    stdout.Flush();
}
