using Deskmine.Simulation.Recording;
using Deskmine.Simulation.Workforce;

namespace Deskmine.Simulation.Scheduling;

/// <summary>
/// Work that belongs to no task: reading and answering mail, chat in Teams. Used both between tasks and in the
/// middle of one (an interruption); the events carry an empty task type and instance and the step
/// <see cref="MailStep"/> or <see cref="ChatStep"/>.
/// </summary>
internal static class Interruptions
{
    public const string MailStep = "interruption: mail";
    public const string ChatStep = "interruption: chat";

    private static readonly string[] MailSubjects =
    [
        "Team meeting moved to Thursday", "Quarter close timeline", "Lunch on Friday?", "IT maintenance tonight",
        "Holiday planning", "Updated travel policy", "Canteen menu", "Re: Monthly report",
    ];

    public static void Mail(SessionRecorder r)
    {
        var rng = r.Random;
        r.ClearTask(MailStep);
        var sender = $"{rng.Pick(Catalog.FirstNames)}.{rng.Pick(Catalog.LastNames)}@acme.com".ToLowerInvariant();
        var subject = MailSubjects[rng.Next(MailSubjects.Length)];
        r.Focus(Apps.Outlook, $"Inbox - {r.Person.Email} - Outlook");
        r.Click("list item", subject);
        r.Focus(Apps.Outlook, $"{subject} – {sender} – Outlook");
        r.Think(6);
        if (rng.Chance(0.35))
        {
            r.Click("push button", "Reply");
            r.Focus(Apps.Outlook, $"RE: {subject} – {sender} – Outlook");
            r.Type("document", "Message body", rng.Text(20 + rng.Next(150)));
            r.Click("push button", "Send");
        }
        else
        {
            r.Scroll(rng.Next(1, 3));
        }
    }

    public static void Chat(SessionRecorder r)
    {
        var rng = r.Random;
        r.ClearTask(ChatStep);
        var colleague = $"{rng.Pick(Catalog.FirstNames)} {rng.Pick(Catalog.LastNames)}";
        r.Focus(Apps.Teams, $"Chat | {colleague} | Microsoft Teams");
        r.Think(3);
        var messages = 1 + rng.Next(3);
        for (var i = 0; i < messages; i++)
        {
            r.Click("text", "Type a message", think: 1.0);
            r.Type("text", "Type a message", rng.Text(5 + rng.Next(60)));
            r.Key("Enter");
            r.Think(8);
        }
    }

    /// <summary>Mail or chat, chosen at random.</summary>
    public static void Any(SessionRecorder r)
    {
        if (r.Random.Chance(0.55))
            Mail(r);
        else
            Chat(r);
    }
}
