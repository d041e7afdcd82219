using System.Globalization;
using System.Text.Json;
using Deskmine.Analysis.Automation;
using Deskmine.Analysis.Transfers;
using Deskmine.Storage.Formats;
using Xunit.Abstractions;

namespace Deskmine.Analysis.Tests.Automation;

/// <summary>
/// The acceptance check of the automation starter: the generated Playwright script, run by Playwright with
/// Debian's Chromium, fills a form this test serves on 127.0.0.1, and the form receives the run data. Both runs live
/// in this one class so they never start two browsers at once.
/// </summary>
public sealed class StarterInBrowserTests(ITestOutputHelper output) : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("deskmine-starter-");

    [SkippableFact]
    public void Starter_for_a_hand_made_expense_form_submits_every_record_of_its_data()
    {
        Skip.If(StarterRunner.SkipReason is not null, StarterRunner.SkipReason);
        var starter = AutomationStarters.Generate(ExpenseWork.Log(keepValues: false), 0, ExpenseWork.Transfers());
        Write(starter);
        var records = new[]
        {
            new[] { "R-77", "15.40", "CC-1", "Meals" },
            new[] { "R-78 \"quoted\" & <b>", "0.99", "CC-2", "Office" },
        };
        var names = starter.Parameters.Select(p => p.Name).ToArray();
        Assert.Equal(["reference", "amount", "costCentre", "category"], names);
        var data = records.Select(r => names.Zip(r).ToDictionary(x => x.First, x => x.Second)).ToArray();
        File.WriteAllText(Path.Combine(_folder.FullName, "data.json"), JsonSerializer.Serialize(data));
        using var server = new FormServer(new Dictionary<string, string>
        {
            ["/expenses/new"] = ExpenseWork.FormHtml,
            ["/expenses/saved"] = ExpenseWork.SavedHtml,
        });

        var (exit, log) = StarterRunner.Run(_folder.FullName, new Dictionary<string, string> { ["DESKMINE_BASE_URL"] = server.BaseUrl });

        output.WriteLine(log);
        Assert.True(exit == 0, log);
        var posts = server.Posts.ToArray();
        Assert.Equal(2, posts.Length);
        for (var n = 0; n < records.Length; n++)
        {
            Assert.Equal("/expenses/saved", posts[n].Path);
            var fields = posts[n].Fields.ToDictionary(f => f.Key, f => f.Value);
            Assert.Equal(records[n][0], fields["reference"]);
            Assert.Equal(records[n][1], fields["amount"]);
            Assert.Equal(records[n][2], fields["cost_centre"]);
            Assert.Equal(records[n][3], fields["category"]);
        }
    }

    [SkippableFact]
    public void Starter_from_the_recorded_reimbursement_log_fills_the_jotform_fields_with_the_kept_values()
    {
        Skip.If(StarterRunner.SharedData is null, "../shared/data is absent: the Leno Reimbursement log is not available.");
        var file = Path.Combine(StarterRunner.SharedData!, "data", "uilogs", "leno", "Reimbursement.csv");
        Skip.IfNot(File.Exists(file), $"{file} is absent.");
        Skip.If(StarterRunner.SkipReason is not null, StarterRunner.SkipReason);
        var log = RecognizedWork.From([.. LogReaders.Open(file)]);
        var type = Enumerable.Range(0, log.TaskTypes.Count).MaxBy(t => log.Instances.Count(i => i.TaskType == t));
        var transfers = DataTransfers.Find(log);
        var starter = AutomationStarters.Generate(log, type, transfers, new StarterOptions { ExampleRows = 2 });
        Write(starter);
        var data = JsonSerializer.Deserialize<Dictionary<string, string>[]>(starter.File("data.json"))!;
        Assert.Equal(2, data.Length);
        Assert.Contains("Excel 'Student details!A'", starter.Parameters.Single(p => p.Field == "q3_name[first]").Sources);
        Assert.Contains("Excel 'Reimbursement details!D'", starter.Parameters.Single(p => p.Selector == "page.locator('#input_12_0_3')").Sources);
        using var server = new FormServer(new Dictionary<string, string>
        {
            ["/200477494954062"] = JotformPage.Html,
            ["/submit/200477494954062/"] = JotformPage.ThankYou,
        });

        var (exit, text) = StarterRunner.Run(_folder.FullName, new Dictionary<string, string> { ["DESKMINE_BASE_URL"] = server.BaseUrl });

        output.WriteLine(text);
        Assert.True(exit == 0, text);
        var posts = server.Posts.ToArray();
        Assert.Equal(data.Length, posts.Length);
        for (var n = 0; n < data.Length; n++)
        {
            // The form posts its inputs in document order under the recorded names (nine share one): map them to ids.
            Assert.Equal(JotformPage.Inputs.Select(i => i.Name), posts[n].Fields.Select(f => f.Key));
            var posted = JotformPage.Inputs.Zip(posts[n].Fields).ToDictionary(x => x.First.Id, x => x.Second.Value);
            foreach (var p in starter.Parameters)
            {
                var id = p.Selector!.Split('#')[1].TrimEnd('\'', ')');
                Assert.Equal(data[n][p.Name], posted[id]);
            }
            Assert.DoesNotContain('<', data[n]["q3NameFirst"]);
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{starter.Parameters.Count} parameters, {starter.BrowserSteps.Count} browser steps, {starter.DesktopSteps.Count} desktop steps"));
    }

    private void Write(AutomationStarter starter)
    {
        foreach (var f in starter.Files)
            File.WriteAllText(Path.Combine(_folder.FullName, f.Name), f.Content);
    }

    public void Dispose()
    {
        try
        {
            // Remove the link to web/automation's packages first, so nothing can follow it.
            var modules = new DirectoryInfo(Path.Combine(_folder.FullName, "node_modules"));
            if (modules.LinkTarget is not null)
                modules.Delete();
            _folder.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A browser still closing may hold a file for a moment; the temporary folder is left to the system.
        }
    }
}
