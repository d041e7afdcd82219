using System.Globalization;
using Deskmine.Core.Events;
using Deskmine.Mining.Recognition;
using Deskmine.Mining.Tests.Support;

namespace Deskmine.Mining.Tests.Recognition;

public sealed class ObjectHandOverTests
{
    private static readonly string[] Companies = ["Harbor", "Nordlicht", "Verde", "Kranich", "Polar", "Rossi", "Amber"];

    // A request is opened and searched, a customer is created for it and worked on under its own number: the request
    // number gives way to the customer number mid-task. Invoices with their own numbers come between some of them.
    private static (List<UiEvent> Events, List<int> Instance) Stream()
    {
        var events = new List<UiEvent>();
        var instance = new List<int>();
        var t = 0.0;
        void Add(int task, double gap, string kind, string app, string element, string window, string? url = null)
        {
            events.Add(SomeStreams.Event("u", t += gap, kind, app, element, window) with { Url = url });
            instance.Add(task);
        }
        var task = 0;
        for (var i = 0; i < 18; i++)
        {
            var request = (3100 + (i * 37)).ToString(CultureInfo.InvariantCulture);
            var customer = (48200 + (i * 113)).ToString(CultureInfo.InvariantCulture);
            var company = Companies[i % Companies.Length];
            Add(task, 40, EventKinds.Click, "Chrome", $"Request {request} {company}", "Requests - CRM", "https://crm.example/requests");
            Add(task, 2, EventKinds.Navigate, "Chrome", "", $"Request {request} - {company} - CRM", $"https://crm.example/requests/{request}");
            Add(task, 9, EventKinds.TextInput, "Chrome", "Search customers", $"Request {request} - {company} - CRM", $"https://crm.example/requests/{request}");
            Add(task, 2, EventKinds.Navigate, "Chrome", "", "Customer search - CRM", "https://crm.example/customers/search");
            Add(task, 12, EventKinds.Click, "Chrome", "New customer", "Customer search - CRM", "https://crm.example/customers/search");
            Add(task, 3, EventKinds.TextInput, "Chrome", "Company name", "New customer - CRM", "https://crm.example/customers/new");
            Add(task, 4, EventKinds.Click, "Chrome", "Create", "New customer - CRM", "https://crm.example/customers/new");
            Add(task, 1, EventKinds.Navigate, "Chrome", "", $"Customer {customer} - {company} - CRM", $"https://crm.example/customers/{customer}/edit");
            Add(task, 8, EventKinds.Navigate, "Chrome", "", $"Contract {customer} - Forms", $"https://forms.example/contract/{customer}");
            Add(task, 5, EventKinds.TextInput, "Chrome", "Payment terms", $"Contract {customer} - Forms", $"https://forms.example/contract/{customer}");
            Add(task, 6, EventKinds.Click, "Chrome", "Save", $"Customer {customer} - {company} - CRM", $"https://crm.example/customers/{customer}/edit");
            task++;
            if (i % 3 != 1)
                continue;
            var invoice = (770400 + i).ToString(CultureInfo.InvariantCulture);
            Add(task, 40, EventKinds.Click, "Outlook", $"Invoice {invoice} from {company}", "Inbox - Outlook");
            Add(task, 2, EventKinds.AppSwitch, "Acrobat", "", $"Invoice {invoice} from {company} - Acrobat");
            Add(task, 3, EventKinds.Click, "SAP", "Amount", "MIRO Enter Incoming Invoice");
            Add(task, 3, EventKinds.Click, "SAP", "Post", "MIRO Enter Incoming Invoice");
            Add(task, 2, EventKinds.AppSwitch, "Outlook", "", $"Invoice {invoice} - {company} - Outlook");
            task++;
        }
        return (events, instance);
    }

    [Fact]
    public void A_task_whose_request_gives_way_to_a_new_customer_stays_one_instance()
    {
        var (events, instance) = Stream();
        var result = TaskRecognizer.Recognize(events);
        Assert.Equal(instance.Distinct().Count(), result.Segments.Count);
        for (var i = 1; i < events.Count; i++)
            Assert.Equal(instance[i] == instance[i - 1], result.SegmentOfEvent[i] == result.SegmentOfEvent[i - 1]);
    }

    [Fact]
    public void Consecutive_tasks_of_one_kind_each_with_its_own_number_are_not_handed_over()
    {
        // Only the invoices of the stream above, one after the other: each new invoice is met where the last one was.
        var (events, instance) = Stream();
        var invoices = Enumerable.Range(0, events.Count).Where(i => events[i].App != "Chrome").ToList();
        var result = TaskRecognizer.Recognize([.. invoices.Select(i => events[i])]);
        Assert.Equal(invoices.Select(i => instance[i]).Distinct().Count(), result.Segments.Count);
    }
}
