using Deskmine.Simulation.Recording;
using Deskmine.Simulation.Workforce;

namespace Deskmine.Simulation.Processes;

/// <summary>
/// Vendor bank-details change: vendor's mail with a signed letter → Acrobat → ERP XK02 (change vendor, payment
/// transactions) → save → confirmation mail. Exception: call-back verification noted in the mail before saving.
/// Variant: CopyPaste teams copy the IBAN from the letter; others type it.
/// </summary>
internal sealed class VendorUpdateProcess : BusinessProcess
{
    public override string TaskType => TaskTypes.VendorMasterUpdate;

    public override string Prefix => "vmu";

    public override IEnumerable<int> Run(SessionRecorder r, long number, double exceptionRate, double violationRate)
    {
        var rng = r.Random;
        var confirm = !Violates(rng, violationRate);
        if (!confirm)
            r.MarkViolation(Violations.BankChangeNotConfirmed);
        var vendor = rng.Pick(Catalog.Vendors);
        var inbox = $"Inbox - {r.Person.Email} - Outlook";
        var mail = $"New bank details {vendor.Name} – {vendor.ContactEmail} – Outlook";
        var letter = $"Bank details {vendor.Name} {vendor.Number} - Adobe Acrobat Reader";
        var payment = $"Change Vendor {vendor.Number}: Payment transactions";

        r.Step = "Open vendor mail";
        r.Focus(Apps.Outlook, inbox);
        r.Click("list item", $"New bank details {vendor.Name}");
        r.Focus(Apps.Outlook, mail);
        r.Think(4);
        yield return 0;

        r.Step = "Open letter";
        r.Focus(Apps.Outlook, mail);
        r.DoubleClick("attachment", $"Bank_details_{vendor.Number}.pdf");
        r.OpenFile(Apps.Acrobat, $@"C:\Users\{r.Person.User}\AppData\Local\Temp\Bank_details_{vendor.Number}.pdf", letter);
        r.Think(6);
        yield return 0;

        r.Step = "Open XK02";
        r.Focus(Apps.Erp, "SAP Easy Access");
        r.Click("text", "Command field");
        r.Type("text", "Command field", "XK02");
        r.Key("Enter");
        r.Focus(Apps.Erp, "Change Vendor: Initial Screen");
        r.FillField("Vendor", vendor.Number);
        r.Click("check box", "Payment transactions");
        r.Key("Enter");
        r.Focus(Apps.Erp, payment);
        yield return 0;

        r.Step = "Change bank details";
        r.Focus(Apps.Erp, payment);
        if (r.Person.Style == TeamStyle.CopyPaste)
        {
            r.Focus(Apps.Acrobat, letter);
            r.Copy("text", "IBAN", vendor.Iban);
            r.Focus(Apps.Erp, payment);
            r.Paste("IBAN", vendor.Iban);
        }
        else
        {
            r.FillField("IBAN", vendor.Iban);
        }
        r.FillField("Account holder", vendor.Name);
        yield return 0;

        if (rng.Chance(exceptionRate))
        {
            r.Step = "Note call-back verification";
            r.Focus(Apps.Outlook, mail);
            r.Click("push button", "Add note");
            r.Type("document", "Note", Prose(rng, 40 + rng.Next(60)));
            r.Shortcut("ctrl+s");
            yield return 0;
        }

        r.Step = "Save vendor";
        r.Focus(Apps.Erp, payment);
        r.Shortcut("ctrl+s");
        r.Focus(Apps.Erp, "Change Vendor: Initial Screen");

        if (!confirm)
        {
            // The change is saved and the vendor never hears of it.
            yield break;
        }
        yield return 0;

        r.Step = "Confirm to vendor";
        r.Focus(Apps.Outlook, mail);
        r.Click("push button", "Reply");
        r.Focus(Apps.Outlook, $"RE: New bank details {vendor.Name} – {vendor.ContactEmail} – Outlook");
        r.Type("document", "Message body", Prose(rng, 60 + rng.Next(120)));
        r.Click("push button", "Send");
    }
}
