using Deskmine.Core.Events;

namespace Deskmine.Storage.Tests;

/// <summary>Test data factory.</summary>
internal static class Some
{
    public static UiEvent ImportedEvent(string caseId, string activity, long? ts, string? user = null, long? row = null) => new()
    {
        Id = Guid.CreateVersion7(),
        Session = "import-1",
        Source = "import:csv",
        Kind = EventKinds.Activity,
        CaseId = caseId,
        Activity = activity,
        Ts = ts,
        User = user,
        SourceRow = row,
    };

    public static UiEvent DesktopEvent(string session, long seq, string app, string kind, string? target, long ts, string? user = "u1") => new()
    {
        Id = Guid.CreateVersion7(),
        Session = session,
        Seq = seq,
        Source = "x11",
        Kind = kind,
        App = app,
        TargetName = target,
        Ts = ts,
        User = user,
    };

    public static UiEvent FullEvent() => new()
    {
        Id = Guid.CreateVersion7(),
        Session = "session-with-a-long-name-0001",
        Seq = 42,
        Ts = 1_709_280_902_123_456,
        Duration = 1_500_000,
        User = "u-7f3a",
        Machine = "m-01",
        Team = "Accounts payable",
        Source = "x11",
        Kind = EventKinds.TextInput,
        App = "libreoffice-calc",
        Window = "Invoice <num> – LibreOffice Calc",
        Url = "https://erp.example.com/invoices/<num>?tab=lines",
        TargetRole = "table cell",
        TargetName = "B7",
        TargetId = "cell-b7",
        TargetPath = "/frame/panel[2]/table/cell[7]",
        X = 640,
        Y = -12,
        Value = "äöü ✓ 12.50",
        ValueHash = "h:9c1185a5c5e9fc54612808977ee8f548b2258d31",
        Attrs = new Dictionary<string, string> { ["sheet"] = "Lines", ["cell"] = "B7", ["workbook"] = "q1.ods" },
        CaseId = "INV-4711",
        Activity = "Enter amount",
        SourceRow = 17,
    };
}
