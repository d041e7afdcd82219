using Deskmine.Privacy.Templating;

namespace Deskmine.Privacy.Tests.Templating;

public class TemplatesTests
{
    [Theory]
    [InlineData("Invoice 4711 – SAP", "Invoice <num> – SAP")]
    [InlineData("Order INV-2024-0042 (draft)", "Order <id> (draft)")]
    [InlineData("Report 2024-03-01 10:15.xlsx", "Report <date>.xlsx")]
    [InlineData("Meeting 9:30 am", "Meeting <time>")]
    [InlineData("Termin 01.03.2024", "Termin <date>")]
    [InlineData("Ticket 9f1c2d3e4b5a", "Ticket <id>")]
    [InlineData("Case 0190f5a2-7b3c-7def-8a1b-9c8d7e6f5a4b", "Case <id>")]
    [InlineData("Total 1.234,56 EUR", "Total <num> EUR")]
    [InlineData("Q3 planning – Office365", "Q3 planning – Office365")]
    [InlineData("Invoice <num> – SAP", "Invoice <num> – SAP")]
    public void Title_replaces_variable_parts(string title, string expected) => Assert.Equal(expected, Templates.Title(title));

    [Theory]
    [InlineData("https://erp.example.com/orders/4711/edit", "https://erp.example.com/orders/<id>/edit")]
    [InlineData("https://Erp.Example.com/c/0190f5a2-7b3c-7def-8a1b-9c8d7e6f5a4b?tab=lines&q=smith", "https://erp.example.com/c/<id>?tab=<v>&q=<v>")]
    [InlineData("https://mail.example.com/#inbox/FMfcgzQXJWLdpfQbbWbLRjWvdMkbsbWl", "https://mail.example.com/#inbox/<id>")]
    [InlineData("https://app.example.com/search?flag&empty=", "https://app.example.com/search?flag&empty=")]
    [InlineData("https://app.example.com/orders/<id>?q=<v>", "https://app.example.com/orders/<id>?q=<v>")]
    [InlineData("about:blank", "about:blank")]
    public void Url_keeps_host_and_keys_and_templates_the_rest(string url, string expected) => Assert.Equal(expected, Templates.Url(url));
}
