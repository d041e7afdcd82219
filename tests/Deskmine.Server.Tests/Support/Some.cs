using System.Globalization;
using Deskmine.Core.Events;

namespace Deskmine.Server.Tests.Support;

internal static class Some
{
    public static UiEvent Event(string session, long seq) => new()
    {
        Id = Guid.CreateVersion7(),
        Session = session,
        Seq = seq,
        Ts = 1_700_000_000_000_000 + (seq * 1000),
        Source = "x11",
        Kind = EventKinds.Click,
        App = "editor",
        Window = "Editor",
        TargetRole = "push button",
        TargetName = "OK",
        Attrs = new Dictionary<string, string> { ["n"] = seq.ToString(CultureInfo.InvariantCulture) },
    };

    public static List<UiEvent> Session(string session, int count, long from = 0) =>
        Enumerable.Range(0, count).Select(i => Event(session, from + i)).ToList();
}
