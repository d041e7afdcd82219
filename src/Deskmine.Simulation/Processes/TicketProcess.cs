using System.Globalization;
using Deskmine.Simulation.Recording;
using Deskmine.Simulation.Workforce;

namespace Deskmine.Simulation.Processes;

/// <summary>
/// Ticket triage in the service desk web app: open, categorise, assign, reply, optionally escalate, save.
/// Exceptions: re-categorising after reading further (rework) and escalation to 2nd level. Variant: Typing teams
/// paste a reply template copied from a snippets file; the others type the reply.
/// </summary>
internal sealed class TicketProcess : BusinessProcess
{
    private const string Desk = "https://servicedesk.example.com";

    public override string TaskType => TaskTypes.TicketTriage;

    public override string Prefix => "tkt";

    public override IEnumerable<int> Run(SessionRecorder r, long number, double exceptionRate, double violationRate)
    {
        var rng = r.Random;
        var ticket = BusinessNumber(number, 6, 20411).ToString(CultureInfo.InvariantCulture);
        var subject = rng.Pick(Catalog.TicketSubjects);
        var category = rng.Pick(Catalog.TicketCategories);
        var group = rng.Pick(Catalog.SupportGroups);
        var requester = $"{rng.Pick(Catalog.FirstNames)}.{rng.Pick(Catalog.LastNames)}@customer.example".ToLowerInvariant();
        var url = $"{Desk}/tickets/{ticket}";
        var window = $"#{ticket} {subject} – {requester} – Service Desk – Google Chrome";

        r.Step = "Open ticket";
        r.Focus(Apps.Chrome, "Unassigned tickets – Service Desk – Google Chrome", $"{Desk}/queue/unassigned");
        r.Click("link", $"#{ticket} {subject}");
        r.Navigate(url, window);
        r.Scroll(1 + rng.Next(3));
        r.Think(5);
        yield return 0;

        r.Step = "Categorise";
        r.Focus(Apps.Chrome, window, url);
        r.Click("combo box", "Category");
        r.Click("list item", category);
        r.Click("combo box", "Priority");
        r.Click("list item", rng.Pick(["Low", "Medium", "High"]));
        if (rng.Chance(exceptionRate * 0.6))
        {
            // Rework: reading further shows the first category was wrong.
            r.Scroll(2);
            r.Click("combo box", "Category");
            r.Click("list item", rng.Pick(Catalog.TicketCategories));
        }
        yield return 0;

        r.Step = "Assign";
        r.Focus(Apps.Chrome, window, url);
        r.Click("text", "Assignment group");
        r.Type("text", "Assignment group", group[..4]);
        r.Click("list item", group);
        yield return 0;

        r.Step = "Reply to requester";
        if (r.Person.Style == TeamStyle.Typing)
        {
            var template = $"Template {category}: we have received your request and will get back to you within one working day.";
            r.Focus(Apps.Notepad, "Reply templates.txt - Notepad");
            r.Copy("text", $"Template {category}", template);
            r.Focus(Apps.Chrome, window, url);
            r.Click("push button", "Reply");
            r.Paste("Reply", template, "document");
            r.Type("document", "Reply", Prose(rng, 10 + rng.Next(40)));
        }
        else
        {
            r.Focus(Apps.Chrome, window, url);
            r.Click("push button", "Reply");
            r.Type("document", "Reply", Prose(rng, 80 + rng.Next(200)));
        }
        r.Submit("Send reply");
        yield return 0;

        if (rng.Chance(exceptionRate * 1.3))
        {
            r.Step = "Escalate";
            r.Focus(Apps.Chrome, window, url);
            r.Click("push button", "Escalate");
            r.Click("combo box", "Level");
            r.Click("list item", "2nd level");
            r.FillField("Reason", Prose(rng, 30 + rng.Next(80)), "document");
            r.Submit("Escalate");
            yield return 0;
        }

        r.Step = "Save ticket";
        r.Focus(Apps.Chrome, window, url);
        r.Submit("Save");
        r.Navigate($"{Desk}/queue/unassigned", "Unassigned tickets – Service Desk – Google Chrome");
    }
}
