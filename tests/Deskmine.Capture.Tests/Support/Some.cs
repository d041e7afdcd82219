using System.Globalization;
using Deskmine.Core.Events;

namespace Deskmine.Capture.Tests.Support;

internal static class Some
{
    public static UiEvent Event(int i = 0, string? window = null) => new()
    {
        Id = Guid.CreateVersion7(),
        Ts = 1_700_000_000_000_000 + (i * 1000L),
        Source = "x11",
        Kind = EventKinds.Click,
        App = "editor",
        Window = window ?? "Editor",
        TargetRole = "push button",
        TargetName = "OK " + i.ToString(CultureInfo.InvariantCulture),
        X = i,
        Y = 2 * i,
        Attrs = new Dictionary<string, string> { ["n"] = i.ToString(CultureInfo.InvariantCulture) },
    };

    public static List<UiEvent> Events(int count) => Enumerable.Range(0, count).Select(i => Event(i)).ToList();
}
