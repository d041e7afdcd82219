using Deskmine.Core.Events;

namespace Deskmine.Mining.Tests.Support;

/// <summary>Small hand-made event streams for recognition tests.</summary>
internal static class SomeStreams
{
    private static readonly DateTimeOffset T0 = new(2024, 3, 1, 8, 0, 0, TimeSpan.Zero);

    public static UiEvent Event(string user, double seconds, string kind, string app, string element, string? window = null, string? value = null) => new()
    {
        Id = Guid.CreateVersion7(T0.AddSeconds(seconds)),
        Source = "test",
        Kind = kind,
        Ts = Deskmine.Core.Timestamps.ToMicros(T0.AddSeconds(seconds)),
        User = user,
        App = app,
        TargetName = element,
        Window = window,
        Value = value,
    };

    /// <summary>
    /// <paramref name="count"/> invoice entries: open mail, copy the invoice number, type it into the ERP window
    /// titled with the number, post. A pause of 20 s separates items; steps are 2 s apart.
    /// </summary>
    public static List<UiEvent> InvoiceStream(string user, int count, double start = 0)
    {
        var list = new List<UiEvent>();
        var t = start;
        for (var i = 0; i < count; i++)
        {
            var no = (4711 + (i * 7)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            list.Add(Event(user, t, EventKinds.Click, "Outlook", "Invoice mail", $"Invoice {no} - Inbox"));
            list.Add(Event(user, t += 2, EventKinds.Copy, "Acrobat", "Amount", $"invoice_{no}.pdf", "100"));
            list.Add(Event(user, t += 2, EventKinds.Click, "ERP", "New document", $"Document {no} - ERP"));
            list.Add(Event(user, t += 2, EventKinds.Paste, "ERP", "Amount", $"Document {no} - ERP", "100"));
            list.Add(Event(user, t += 2, EventKinds.Click, "ERP", "Post invoice", $"Document {no} - ERP"));
            t += 20;
        }
        return list;
    }
}
