using System.Globalization;
using Deskmine.Simulation.Recording;
using Deskmine.Simulation.Workforce;

namespace Deskmine.Simulation.Processes;

/// <summary>
/// Customer onboarding in the CRM web app: open the request, search for duplicates, create (or update) the
/// customer, KYC check, contract web form, activate. Exception: KYC fails → mail asking for documents, status
/// "Pending documents". Variant: Typing teams run the KYC check before creating the customer.
/// </summary>
internal sealed class OnboardingProcess : BusinessProcess
{
    private const string Crm = "https://crm.example.com";

    public override string TaskType => TaskTypes.CustomerOnboarding;

    public override string Prefix => "onb";

    public override IEnumerable<int> Run(SessionRecorder r, long number, double exceptionRate, double violationRate)
    {
        var rng = r.Random;
        var customer = BusinessNumber(number, 5, 48213).ToString(CultureInfo.InvariantCulture);
        var request = BusinessNumber(number, 4, 310).ToString(CultureInfo.InvariantCulture);
        var company = rng.Pick(Catalog.Companies);
        var contact = $"{rng.Pick(Catalog.FirstNames)}.{rng.Pick(Catalog.LastNames)}@{company.Split(' ')[0]}.example".ToLowerInvariant();
        var vat = "DE" + BusinessNumber(number, 9, 777).ToString(CultureInfo.InvariantCulture);
        var token = rng.NextUInt64().ToString("x16", CultureInfo.InvariantCulture);
        var searchUrl = $"{Crm}/customers/search?q={Uri.EscapeDataString(company)}";
        var editUrl = $"{Crm}/customers/{customer}/edit";
        var editWindow = $"Customer {customer} – {company} – CRM – Google Chrome";
        var kycFirst = r.Person.Style == TeamStyle.Typing;
        var duplicate = rng.Chance(exceptionRate * 0.5);

        r.Step = "Open onboarding request";
        r.Focus(Apps.Chrome, "Requests – CRM – Google Chrome", $"{Crm}/requests?assignee={r.Person.Email}");
        r.Click("link", $"Request {request} {company}");
        r.Navigate($"{Crm}/requests/{request}", $"Request {request} – {company} – CRM – Google Chrome");
        r.Scroll(1 + rng.Next(2));
        yield return 0;

        r.Step = "Search existing customer";
        r.Focus(Apps.Chrome, $"Request {request} – {company} – CRM – Google Chrome", $"{Crm}/requests/{request}");
        r.Click("text", "Search customers");
        r.Type("text", "Search customers", company);
        r.Key("Enter");
        r.Navigate(searchUrl, "Customer search – CRM – Google Chrome");
        r.Think(2);
        yield return 0;

        var kycPassed = true;
        if (kycFirst)
        {
            kycPassed = Kyc(r, customer, company, vat, token, exceptionRate, ("Customer search – CRM – Google Chrome", searchUrl));
            yield return 0;
        }

        if (duplicate)
        {
            r.Step = "Update existing customer";
            r.Focus(Apps.Chrome, "Customer search – CRM – Google Chrome", searchUrl);
            r.Click("link", $"{customer} {company}");
            r.Navigate(editUrl, editWindow);
            r.FillField("Contact e-mail", contact);
            r.FillField("VAT ID", vat);
            r.Submit("Save");
        }
        else
        {
            r.Step = "Create customer";
            r.Focus(Apps.Chrome, "Customer search – CRM – Google Chrome", searchUrl);
            r.Click("push button", "New customer");
            r.Navigate($"{Crm}/customers/new", "New customer – CRM – Google Chrome");
            r.FillField("Company name", company);
            r.FillField("Street", $"{rng.Pick(Catalog.LastNames)}straße {1 + rng.Next(120)}");
            r.FillField("Postcode", (10000 + rng.Next(89999)).ToString(CultureInfo.InvariantCulture));
            r.FillField("City", rng.Pick(Catalog.Cities));
            r.FillField("Contact e-mail", contact);
            r.FillField("Phone", $"+49 {30 + rng.Next(60)} {rng.Next(1000000, 9999999)}");
            r.FillField("VAT ID", vat);
            r.Submit("Create");
            r.Navigate(editUrl, editWindow);
        }
        yield return 0;

        if (!kycFirst)
        {
            kycPassed = Kyc(r, customer, company, vat, token, exceptionRate, (editWindow, editUrl));
            yield return 0;
        }

        if (!kycPassed)
        {
            r.Step = "Request documents";
            r.Focus(Apps.Outlook, $"Inbox - {r.Person.Email} - Outlook");
            r.Shortcut("ctrl+n");
            r.Focus(Apps.Outlook, $"RE: Onboarding {company} – {contact} – Outlook");
            r.FillField("To", contact);
            r.FillField("Message body", Prose(rng, 120 + rng.Next(250)), "document");
            r.Click("push button", "Send");
            r.Focus(Apps.Chrome, editWindow, editUrl);
            r.Click("combo box", "Status");
            r.Click("list item", "Pending documents");
            r.Submit("Save");
            yield break;
        }

        r.Step = "Fill contract form";
        r.Focus(Apps.Chrome, editWindow, editUrl);
        r.Navigate($"https://forms.example.com/onboarding/{customer}", $"Contract details {customer} – Forms – Google Chrome");
        r.FillField("Contract start", Date(r.Now));
        r.FillField("Payment terms", rng.Pick(["14 days net", "30 days net", "60 days net"]));
        r.FillField("Credit limit", (1000 * (1 + rng.Next(50))).ToString(CultureInfo.InvariantCulture));
        r.Click("check box", "Terms accepted");
        r.Submit("Submit");
        yield return 0;

        r.Step = "Activate customer";
        r.Navigate(editUrl, editWindow);
        r.Click("combo box", "Status");
        r.Click("list item", "Active");
        r.Submit("Save");
    }

    private static bool Kyc(
        SessionRecorder r, string customer, string company, string vat, string token, double exceptionRate, (string Window, string? Url) crm)
    {
        r.Step = "KYC check";
        r.Focus(Apps.Chrome, crm.Window, crm.Url);
        r.Shortcut("ctrl+t");
        r.Navigate($"https://kyc.example.com/check?customer={customer}&token={token}", "KYC Check – Google Chrome");
        r.FillField("Company name", company);
        r.FillField("VAT ID", vat);
        r.Submit("Run check");
        r.Think(6);
        var passed = !r.Random.Chance(exceptionRate * 0.7);
        r.Navigate($"https://kyc.example.com/result/{customer}", $"KYC result: {(passed ? "passed" : "review required")} – Google Chrome");
        r.Shortcut("ctrl+w");
        r.Focus(Apps.Chrome, crm.Window, crm.Url);
        return passed;
    }
}
