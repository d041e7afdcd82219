using System.Text;

namespace Deskmine.Analysis.Tests.Automation;

/// <summary>
/// A local stand-in for the Jotform reimbursement form that Leno et al. recorded: the same element ids and name
/// attributes, two pages (the second shown by "Next"), and a thank-you page with "Add another response".
/// </summary>
internal static class JotformPage
{
    /// <summary>The form's inputs in document order: id and name attribute, as recorded.</summary>
    public static readonly (string Id, string Name)[] Inputs =
    [
        ("first_3", "q3_name[first]"), ("last_3", "q3_name[last]"), ("input_6", "q6_studentId"),
        ("input_5_addr_line1", "q5_address[addr_line1]"), ("input_4", "q4_email"),
        ("input_7_area", "q7_phoneNumber[area]"), ("input_7_phone", "q7_phoneNumber[phone]"),
        ("input_9", "q9_accountHolder"), ("input_10", "q10_bankName"), ("input_11", "q11_accountNumber"),
        .. Enumerable.Range(0, 9).Select(i => ($"input_12_0_{i}", "q12_reimbursementDetails[0][]")),
    ];

    public static string Html
    {
        get
        {
            var page1 = new StringBuilder();
            var page2 = new StringBuilder();
            foreach (var (id, name) in Inputs)
            {
                var type = id == "input_4" ? "email" : id.StartsWith("input_7", StringComparison.Ordinal) ? "tel" : "text";
                (Array.IndexOf(Inputs, (id, name)) < 7 ? page1 : page2).Append($"<input type=\"{type}\" id=\"{id}\" name=\"{name}\">\n");
            }
            return $$"""
                <!DOCTYPE html><html><head><title>Reimbursement</title></head><body>
                <form method="post" action="/submit/200477494954062/">
                <div id="page1">{{page1}}<button type="button" id="form-pagebreak-next_8"
                  onclick="document.getElementById('page1').style.display='none';document.getElementById('page2').style.display='block'">
                  Next
                </button></div>
                <div id="page2" style="display:none">{{page2}}<button type="submit" id="input_2">Submit</button></div>
                </form></body></html>
                """;
        }
    }

    public const string ThankYou = """
        <!DOCTYPE html><html><head><title>Thank you</title></head><body>
        <p>Your submission has been received.</p><a href="/200477494954062">Add another response</a>
        </body></html>
        """;
}
