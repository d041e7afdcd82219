using Deskmine.Analysis.Transfers;
using Deskmine.Analysis.Work;
using Deskmine.Core.Events;

namespace Deskmine.Analysis.Tests.Automation;

/// <summary>
/// A hand-made work log: people copy a receipt's reference from Acrobat and enter an expense in a web form
/// (reference by id, amount by name attribute, cost centre by label only, category from a list, Save button).
/// </summary>
internal static class ExpenseWork
{
    public const string FormUrl = "https://erp.example.org/expenses/new";
    public const string SavedUrl = "https://erp.example.org/expenses/saved";

    /// <summary>The form the recorded elements describe, served by the test.</summary>
    public const string FormHtml = """
        <!DOCTYPE html><html><head><title>New expense</title></head><body>
        <form method="post" action="/expenses/saved">
          <label>Reference <input id="reference" name="reference"></label>
          <label>Amount <input name="amount"></label>
          <label for="cc">Cost centre</label><input id="cc" name="cost_centre">
          <label>Category <select id="category" name="category"><option>Travel</option><option>Meals</option><option>Office</option></select></label>
          <button type="submit">Save</button>
        </form></body></html>
        """;

    public const string SavedHtml = "<!DOCTYPE html><html><head><title>Saved</title></head><body><p>Expense saved.</p></body></html>";

    /// <summary>Kept values of each recorded instance: reference, amount, cost centre, category.</summary>
    public static readonly string[][] Values =
    [
        ["INV-1001", "12.50", "CC-7", "Travel"],
        ["INV-1002", "99.00", "CC-8", "Meals"],
        ["INV-1003", "7.25", "CC-7", "Office"],
        ["INV-1004", "1.00", "CC-9", "Travel"],
    ];

    public static WorkLog Log(bool keepValues)
    {
        var instances = new List<(string, string?, int, (UiEvent, string)[])>();
        for (var n = 0; n < Values.Length; n++)
        {
            var v = keepValues ? Values[n] : [null!, null!, null!, null!];
            var t = n * 600.0;
            var steps = new List<(UiEvent, string)>
            {
                (Browser(t, EventKinds.Navigate, FormUrl), "open form"),
                (Some.Event(t + 5, EventKinds.Copy, app: "Acrobat", target: "Reference", window: "Receipt <num>.pdf", value: v[0]), "copy reference"),
                (Browser(t + 9, EventKinds.Paste, FormUrl, "Reference", "textbox", id: "reference", value: v[0]), "paste reference"),
                (Browser(t + 15, EventKinds.TextInput, FormUrl, "Amount", "textbox", name: "amount", value: v[1]), "type amount"),
                (Browser(t + 21, EventKinds.TextInput, FormUrl, "Cost centre", "textbox", value: v[2]), "type cost centre"),
                (Browser(t + 25, EventKinds.TextInput, FormUrl, "Category", "combobox", id: "category", value: v[3]), "choose category"),
                (Browser(t + 28, EventKinds.Click, FormUrl, "Save", "button"), "save"),
                (Browser(t + 29, EventKinds.FormSubmit, SavedUrl), "submitted"),
            };
            // The fourth person checks the receipt again before saving: an exception, not the main variant.
            if (n == 3)
                steps.Insert(6, (Some.Event(t + 27, EventKinds.Click, app: "Acrobat", target: "Zoom in", role: "push button", window: "Receipt <num>.pdf"), "zoom receipt"));
            instances.Add(($"u{n:D2}", "Finance", 0, steps.ToArray()));
        }
        return Some.Log([.. instances]);
    }

    public static DataTransferReport Transfers() => new(
        [new DataTransfer(0, "Acrobat", "Reference", "chromium", "Reference", 4, DataTransferMatch.Hash, null)], [0.25]);

    private static UiEvent Browser(double seconds, string kind, string url, string? target = null, string? role = null, string? id = null,
        string? name = null, string? value = null)
    {
        var attrs = new Dictionary<string, string>(StringComparer.Ordinal);
        if (id is not null)
            attrs["element_id"] = id;
        if (name is not null)
            attrs["element_name"] = name;
        return Some.Event(seconds, kind, app: "chromium", target: target, role: role, value: value, url: url, window: "New expense – ERP", attrs: attrs)
            with { Source = "browser", TargetId = id ?? name };
    }
}
