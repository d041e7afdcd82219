using System.Globalization;
using Deskmine.Simulation.Recording;
using Deskmine.Simulation.Workforce;

namespace Deskmine.Simulation.Processes;

/// <summary>
/// Expense approval in the workflow web app: open the queue, open the claim, check the receipt, decide
/// (approve, reject, or ask for a receipt). Variant: CheckFirst teams always open the receipt PDF and compare the
/// amount in the travel policy sheet; other teams open it only sometimes.
/// </summary>
internal sealed class ExpenseProcess : BusinessProcess
{
    private const string Workflow = "https://workflow.example.com";

    public override string TaskType => TaskTypes.ExpenseApproval;

    public override string Prefix => "exp";

    public override IEnumerable<int> Run(SessionRecorder r, long number, double exceptionRate, double violationRate)
    {
        var rng = r.Random;
        var claim = BusinessNumber(number, 5, 9912).ToString(CultureInfo.InvariantCulture);
        var employee = $"{rng.Pick(Catalog.FirstNames)} {rng.Pick(Catalog.LastNames)}";
        var type = rng.Pick(Catalog.ExpenseTypes);
        var amount = Money(Math.Round(rng.LogNormal(120, 0.8), 2));
        var claimUrl = $"{Workflow}/expenses/{claim}";
        var claimWindow = $"Expense claim {claim} – {employee} – Workflow – Google Chrome";
        var receiptMissing = rng.Chance(exceptionRate);

        r.Step = "Open approval queue";
        r.Focus(Apps.Chrome, "My approvals – Workflow – Google Chrome", $"{Workflow}/inbox?filter=expenses");
        r.Click("push button", "Refresh", think: 1.0);
        r.Scroll(rng.Next(2));
        yield return 0;

        r.Step = "Open claim";
        r.Focus(Apps.Chrome, "My approvals – Workflow – Google Chrome", $"{Workflow}/inbox?filter=expenses");
        r.Click("link", $"Expense claim {claim} – {employee}");
        r.Navigate(claimUrl, claimWindow);
        r.Scroll(1 + rng.Next(2));
        r.Think(4);
        yield return 0;

        var thorough = r.Person.Style == TeamStyle.CheckFirst;
        r.Step = "Check receipt";
        r.Focus(Apps.Chrome, claimWindow, claimUrl);
        if (receiptMissing)
        {
            r.Click("tab", "Attachments");
            r.Think(3);
        }
        else if (thorough || rng.Chance(0.4))
        {
            r.Click("link", $"Receipt_{claim}.pdf");
            r.OpenFile(Apps.Acrobat, $@"C:\Users\{r.Person.User}\Downloads\Receipt_{claim}.pdf", $"Receipt {claim} {type} - Adobe Acrobat Reader");
            r.Think(5);
            if (thorough)
            {
                r.Focus(Apps.Excel, "Travel_Policy_2024.xlsx - Excel");
                r.Shortcut("ctrl+f");
                r.Type("text", "Find what", type);
                r.Key("Enter");
                r.Think(3);
            }
            r.Focus(Apps.Chrome, claimWindow, claimUrl);
        }
        else
        {
            r.Click("tab", "Line items");
            r.Think(3);
        }
        yield return 0;

        r.Step = "Decide";
        r.Focus(Apps.Chrome, claimWindow, claimUrl);
        if (receiptMissing)
        {
            r.Step = "Ask for receipt";
            r.Click("push button", "Request information");
            r.FillField("Comment", Prose(rng, 40 + rng.Next(80)), "document");
            r.Submit("Send request");
            r.Navigate($"{claimUrl}/request?token={rng.NextUInt64():x16}&notify={Uri.EscapeDataString(employee.Replace(' ', '.').ToLowerInvariant() + "@acme.com")}",
                $"Request sent – Expense claim {claim} – Workflow – Google Chrome");
        }
        else if (rng.Chance(exceptionRate * 0.6))
        {
            r.Step = "Reject";
            r.Click("push button", "Reject");
            r.FillField("Reason", Prose(rng, 30 + rng.Next(60)), "document");
            r.Submit("Confirm rejection");
        }
        else
        {
            r.Step = "Approve";
            r.Click("push button", "Approve");
            r.Click("push button", "Confirm", think: 0.8);
            r.Submit("Confirm");
        }
        yield return 0;

        r.Step = "Return to queue";
        r.Navigate($"{Workflow}/inbox?filter=expenses", "My approvals – Workflow – Google Chrome");
    }
}
