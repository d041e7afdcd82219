using System.Globalization;
using Deskmine.Simulation.Recording;
using Deskmine.Simulation.Workforce;

namespace Deskmine.Simulation.Processes;

/// <summary>
/// Incoming invoice: mail with PDF → Acrobat → ERP (MIRO, vendor lookup, simulate, post) → Excel tracking sheet.
/// Exception: price mismatch → check the purchase order, mail purchasing, then park or correct and post (rework).
/// Variants: CopyPaste teams copy reference and amount from the PDF; Typing teams type them;
/// CheckFirst teams look the invoice up in the tracking sheet before entering it.
/// </summary>
internal sealed class InvoiceProcess : BusinessProcess
{
    private const string Workbook = "AP_Tracking_2024.xlsx";
    private const string ExcelWindow = "AP_Tracking_2024.xlsx - Excel";
    private const string Miro = "MIRO Enter Incoming Invoice: Company Code 1000";

    // Typing a value off a document means finding it, keeping it in mind and checking the digits afterwards; a copy
    // needs none of that. This is what makes copy and paste the designed best practice for invoices.
    private const double ReadValueSeconds = 2.5;
    private const double CheckValueSeconds = 1.5;

    public override string TaskType => TaskTypes.InvoiceProcessing;

    public override string Prefix => "inv";

    public override IEnumerable<int> Run(SessionRecorder r, long number, double exceptionRate, double violationRate)
    {
        var rng = r.Random;
        // The clerk may skip the ERP's balance check and post straight away.
        var simulated = !Violates(rng, violationRate);
        if (!simulated)
            r.MarkViolation(Violations.PostedWithoutSimulation);
        var invoice = BusinessNumber(number, 6, 4711).ToString(CultureInfo.InvariantCulture);
        var vendor = rng.Pick(Catalog.Vendors);
        var amount = Money(Math.Round(rng.LogNormal(1400, 0.9), 2));
        var po = "45" + BusinessNumber(number, 8, 1234).ToString(CultureInfo.InvariantCulture);
        var row = 2 + (int)(number % 5000);
        var copyValues = r.Person.Style == TeamStyle.CopyPaste;
        var inbox = $"Inbox - {r.Person.Email} - Outlook";
        var pdfWindow = $"Invoice {invoice} from {vendor.Name} - Adobe Acrobat Reader";

        r.Step = "Open invoice mail";
        r.Focus(Apps.Outlook, inbox);
        r.Click("list item", $"Invoice {invoice} from {vendor.Name}");
        r.Focus(Apps.Outlook, $"Invoice {invoice} – {vendor.ContactEmail} – Outlook");
        r.Think(4);
        yield return 0;

        r.Step = "Open PDF attachment";
        r.Focus(Apps.Outlook, $"Invoice {invoice} – {vendor.ContactEmail} – Outlook");
        r.DoubleClick("attachment", $"Invoice_{invoice}.pdf");
        r.OpenFile(Apps.Acrobat, $@"C:\Users\{r.Person.User}\AppData\Local\Temp\Invoice_{invoice}.pdf", pdfWindow);
        r.Scroll(1 + rng.Next(3));
        r.Think(5);
        yield return 0;

        if (r.Person.Style == TeamStyle.CheckFirst)
        {
            r.Step = "Check tracking sheet";
            r.Focus(Apps.Excel, ExcelWindow);
            r.Shortcut("ctrl+f");
            r.Type("text", "Find what", invoice);
            r.Key("Enter");
            // Reading the found row: is this invoice already booked?
            r.Think(5);
            r.Key("Escape");
            yield return 0;
        }

        r.Step = "Open MIRO";
        r.Focus(Apps.Erp, "SAP Easy Access");
        r.Click("text", "Command field");
        r.Type("text", "Command field", "MIRO");
        r.Key("Enter");
        r.Focus(Apps.Erp, Miro);
        yield return 0;

        r.Step = "Enter invoice header";
        r.FillField("Invoice date", Date(r.Now));
        if (copyValues)
        {
            r.Focus(Apps.Acrobat, pdfWindow);
            r.Copy("text", "Invoice number", invoice);
            r.Focus(Apps.Erp, Miro);
            r.Paste("Reference", invoice);
            r.Focus(Apps.Acrobat, pdfWindow);
            r.Copy("text", "Total amount", amount);
            r.Focus(Apps.Erp, Miro);
            r.Paste("Amount", amount);
        }
        else
        {
            Transcribe(r, "Reference", invoice);
            Transcribe(r, "Amount", amount);
        }
        yield return 0;

        r.Step = "Look up vendor";
        r.Focus(Apps.Erp, Miro);
        r.Click("text", "Vendor");
        r.Key("F4");
        r.Focus(Apps.Erp, "Vendor lookup: Restrict Value Range");
        r.FillField("Name", vendor.Name[..Math.Min(6, vendor.Name.Length)] + "*");
        r.Key("Enter");
        r.DoubleClick("list item", $"{vendor.Number} {vendor.Name}");
        r.Focus(Apps.Erp, Miro);
        r.FillField("Purchase order", po);
        r.Key("Enter");
        yield return 0;

        var parked = false;
        if (simulated)
        {
            r.Step = "Simulate posting";
            r.Focus(Apps.Erp, Miro);
            r.Click("push button", "Simulate");
            r.Think(3);
        }
        if (simulated && rng.Chance(exceptionRate))
        {
            r.Focus(Apps.Erp, "Simulate Document: Balance not zero");
            r.Click("push button", "Continue");
            yield return 0;

            r.Step = "Check purchase order";
            r.Focus(Apps.Erp, Miro);
            r.Click("text", "Command field");
            r.Type("text", "Command field", "/nME23N");
            r.Key("Enter");
            r.Focus(Apps.Erp, $"Standard PO {po} Display");
            r.Scroll(2);
            r.Think(6);
            yield return 0;

            r.Step = "Mail purchasing";
            r.Focus(Apps.Outlook, inbox);
            r.Shortcut("ctrl+n");
            r.Focus(Apps.Outlook, $"RE: Invoice {invoice} – purchasing@acme.com – Outlook");
            r.FillField("To", "purchasing@acme.com");
            r.FillField("Subject", $"Price mismatch invoice {invoice} PO {po}");
            r.FillField("Message body", Prose(rng, 60 + rng.Next(200)), "document");
            r.Click("push button", "Send");
            yield return 0;

            if (rng.Chance(0.5))
            {
                r.Step = "Park invoice";
                r.Focus(Apps.Erp, Miro);
                r.Click("push button", "Park");
                r.Focus(Apps.Erp, "Information");
                r.Click("push button", "Continue");
                parked = true;
            }
            else
            {
                // Rework: the buyer confirmed the invoice price, the clerk re-enters the amount and simulates again.
                r.Step = "Correct amount";
                r.Focus(Apps.Erp, Miro);
                r.Click("text", "Amount");
                r.Shortcut("ctrl+a");
                amount = Money(Math.Round(double.Parse(amount, CultureInfo.InvariantCulture) * 0.97, 2));
                r.Type("text", "Amount", amount);
                r.Click("push button", "Simulate");
                r.Think(2);
            }
            yield return 0;
        }
        else if (simulated)
        {
            yield return 0;
        }

        var document = "51056" + BusinessNumber(number, 5, 77).ToString(CultureInfo.InvariantCulture);
        if (!parked)
        {
            r.Step = "Post invoice";
            r.Focus(Apps.Erp, Miro);
            r.Click("push button", "Post");
            r.Focus(Apps.Erp, "Post invoice");
            r.Think(1.5);
            r.Click("push button", "OK");
            r.Focus(Apps.Erp, Miro);
            if (copyValues)
                r.Copy("text", "Document number", document);
            yield return 0;
        }

        r.Step = "Update tracking sheet";
        r.Focus(Apps.Excel, ExcelWindow);
        var line = row.ToString(CultureInfo.InvariantCulture);
        r.TypeCell(Workbook, "Invoices", "A" + line, invoice);
        r.TypeCell(Workbook, "Invoices", "B" + line, vendor.Name);
        r.TypeCell(Workbook, "Invoices", "C" + line, amount);
        if (!copyValues && !parked)
            r.Think(ReadValueSeconds);
        r.TypeCell(Workbook, "Invoices", "D" + line, parked ? "parked" : document, paste: copyValues && !parked);
        r.Shortcut("ctrl+s");
        yield return 0;

        r.Step = "File mail";
        r.Focus(Apps.Outlook, $"Invoice {invoice} – {vendor.ContactEmail} – Outlook");
        r.Shortcut("ctrl+w");
        r.Focus(Apps.Outlook, inbox);
        r.Click("list item", $"Invoice {invoice} from {vendor.Name}", Core.Events.EventKinds.RightClick);
        r.Click("menu item", parked ? "Move to: Invoices on hold" : "Move to: Processed invoices");
    }

    /// <summary>Types a value read off the invoice: find it, type it, check it.</summary>
    private static void Transcribe(SessionRecorder r, string field, string value)
    {
        r.Think(ReadValueSeconds);
        r.FillField(field, value);
        r.Think(CheckValueSeconds);
    }
}
