using System.Text.RegularExpressions;
using Deskmine.Core.Events;
using Deskmine.Mining.Recognition;
using Deskmine.Mining.Tests.Support;
using Deskmine.Simulation;
using Deskmine.Storage.Formats;

namespace Deskmine.Mining.Tests.Recognition;

/// <summary>
/// Task-type and step names a person can read: no ids, hashes, pseudonyms, paths, e-mail addresses or placeholders,
/// at most 60 characters, type names unique within a run and the same on every run.
/// </summary>
public sealed partial class ReadableNamesTests
{
    [Fact]
    public void Names_of_the_simulated_back_office_are_readable_unique_and_deterministic()
    {
        var sim = new BackOfficeSimulator().Run(new SimulationOptions { Days = 1, Teams = 3, PeoplePerTeam = 1 }).ToList();
        var events = sim.Select(s => s.Event).ToList();
        AssertReadable(events);
        var users = events.Select(e => e.User).OfType<string>().Distinct().ToList();
        var result = TaskRecognizer.Recognize(events);
        Assert.All(result.TaskTypes.Select(t => t.Name).Concat(result.StepNameOfEvent.Distinct()),
            n => Assert.DoesNotContain(users, u => n.Contains(u, StringComparison.OrdinalIgnoreCase)));
    }

    [SkippableTheory]
    [InlineData("StudentRecord.csv", "actionlogger")]
    [InlineData("Reimbursement.csv", "actionlogger")]
    [InlineData("cpn/log1_segmented.csv", "cpn")]
    [InlineData("cpn/log2_segmented.csv", "cpn")]
    [InlineData("cpn/log3_segmented.csv", "cpn")]
    [InlineData("cpn/log4_segmented.csv", "cpn")]
    [InlineData("cpn/log5_segmented.csv", "cpn")]
    [InlineData("cpn/log6_segmented.csv", "cpn")]
    [InlineData("cpn/log7_segmented.csv", "cpn")]
    [InlineData("cpn/log8_segmented.csv", "cpn")]
    [InlineData("cpn/log9_segmented.csv", "cpn")]
    public void Names_of_leno_logs_are_readable_unique_and_deterministic(string file, string format)
    {
        var folder = LenoLogs.Folder();
        Skip.If(folder is null, "../shared/data/uilogs/leno is absent");
        AssertReadable([.. LogReaders.Open(Path.Combine(folder!, file), format)]);
    }

    [Fact]
    public void An_invoice_routine_is_named_by_its_committing_action_object_and_application()
    {
        var result = TaskRecognizer.Recognize(SomeStreams.InvoiceStream("u1", 10));
        Assert.Equal("Post invoice in ERP", Assert.Single(result.TaskTypes).Name);
        Assert.Equal("ERP – Document: click 'Post invoice'", result.StepNameOfEvent[4]);
        Assert.Equal("Acrobat: copy 'Amount'", result.StepNameOfEvent[1]);
        Assert.Equal(result.ActionLabelOfEvent.Count, result.StepNameOfEvent.Count);
    }

    [Theory]
    [InlineData("OUTLOOK.EXE", "Outlook")]
    [InlineData("saplogon.exe", "SAP")]
    [InlineData("AcroRd32.exe", "Acrobat Reader")]
    [InlineData("C:\\Program Files\\Acme\\ClaimDesk.exe", "Claim Desk")]
    public void Process_names_become_application_names(string process, string expected) =>
        Assert.Equal(expected, ReadableText.App(process));

    [Theory]
    [InlineData("Inbox - u03@corp.example - Outlook", "Outlook", "Inbox")]
    [InlineData("MIRO Enter Incoming Invoice: Company Code 1000", "SAP", "MIRO Enter Incoming Invoice")]
    [InlineData("Invoice <n> from <*> - Adobe Acrobat Reader", "Acrobat Reader", "Invoice")]
    [InlineData("AP_Tracking_2024.xlsx - Excel", "Excel", "AP Tracking")]
    [InlineData("C:\\Users\\u03\\AppData\\Local\\Temp\\Invoice_<n>.pdf", "Acrobat Reader", "")]
    public void Window_titles_become_screen_names_without_ids_paths_or_addresses(string title, string app, string expected) =>
        Assert.Equal(expected, ReadableText.Screen(title, app));

    [Theory]
    [InlineData("q3_name[first]", "name first")]
    [InlineData("NewRecord", "New Record")]
    [InlineData("Move to: Processed invoices", "Move to Processed invoices")]
    [InlineData("mail to anna.berg@example.com", "mail")]
    public void Element_names_become_words(string element, string expected) =>
        Assert.Equal(expected, ReadableText.Phrase(element, 5));

    [Fact]
    public void A_spreadsheet_cell_is_named_by_its_column_not_its_row()
    {
        var events = Enumerable.Range(0, 12).Select(i =>
            SomeStreams.Event("u", i * 3, EventKinds.Copy, "EXCEL.EXE", "B" + (i + 2).ToString(System.Globalization.CultureInfo.InvariantCulture), "Sheet1", "v" + i)).ToList();
        var result = TaskRecognizer.Recognize(events);
        Assert.All(result.StepNameOfEvent, n => Assert.Equal("Excel: copy cell in column B", n));
    }

    private static void AssertReadable(List<UiEvent> events)
    {
        // Words people typed or copied (names, addresses, amounts as text) are personal or record data, never names;
        // a word the screens themselves show (an address path, a button label, a title) is the application's own.
        var shown = events.SelectMany(e => new[] { e.Url, e.TargetName, e.Window }).OfType<string>()
            .SelectMany(t => t.Split([' ', '/', '.', '-', '_', ':', '?', '=', '&'], StringSplitOptions.RemoveEmptyEntries))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var recorded = events.Select(e => e.Value).OfType<string>().SelectMany(v => v.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w.Length >= 4 && w.All(char.IsLetter) && !shown.Contains(w)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var first = TaskRecognizer.Recognize(events);
        var names = first.TaskTypes.Select(t => t.Name).ToList();
        Assert.NotEmpty(names);
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.All(names.Concat(first.StepNameOfEvent.Distinct()), n =>
        {
            Assert.InRange(n.Length, 1, 60);
            Assert.DoesNotMatch(Digits(), n);
            Assert.DoesNotContain('@', n);
            Assert.DoesNotContain('\\', n);
            Assert.DoesNotContain('/', n);
            Assert.DoesNotContain('<', n);
            Assert.DoesNotMatch(TypeKey(), n);
            Assert.DoesNotMatch(HashOrFile(), n);
            Assert.DoesNotContain(n.Split([' ', '\'', ':', '–', '(', ')'], StringSplitOptions.RemoveEmptyEntries), recorded.Contains);
        });
        // The same label always has the same step name.
        Assert.All(Enumerable.Range(0, events.Count).GroupBy(i => first.ActionLabelOfEvent[i]),
            g => Assert.Single(g.Select(i => first.StepNameOfEvent[i]).Distinct()));
        var again = TaskRecognizer.Recognize(events);
        Assert.Equal(names, again.TaskTypes.Select(t => t.Name));
        Assert.Equal(first.StepNameOfEvent, again.StepNameOfEvent);
    }

    [GeneratedRegex("[0-9]")]
    private static partial Regex Digits();

    [GeneratedRegex(@"\bt[0-9a-f]{10}\b")]
    private static partial Regex TypeKey();

    // Hex hashes of 8 or more digits, drive letters and file names with their extension.
    [GeneratedRegex(@"\b[0-9a-f]{8,}\b|\b[A-Z]:\\|\.(xlsx?|csv|pdf|docx?|exe|txt)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HashOrFile();
}
