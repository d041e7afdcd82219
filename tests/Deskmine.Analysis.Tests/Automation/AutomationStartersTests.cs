using System.Text.Json;
using Deskmine.Analysis.Automation;
using Deskmine.Analysis.Work;
using Deskmine.Core.Errors;

namespace Deskmine.Analysis.Tests.Automation;

public sealed class AutomationStartersTests
{
    [Fact]
    public void Starter_has_the_script_its_configuration_data_steps_and_readme()
    {
        var starter = AutomationStarters.Generate(ExpenseWork.Log(keepValues: false), 0, ExpenseWork.Transfers());

        Assert.Equal(["starter.ts", "playwright.config.ts", "package.json", "data.json", "steps.md", "README.md"], starter.Files.Select(f => f.Name));
        Assert.Equal([1, 3, 4, 5, 6, 7, 8], starter.BrowserSteps);
        Assert.Equal([2], starter.DesktopSteps);
        var config = starter.File("playwright.config.ts");
        Assert.Contains("executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'", config, StringComparison.Ordinal);
        Assert.Contains("'--headless', '--no-sandbox', '--disable-gpu'", config, StringComparison.Ordinal);
        Assert.Equal("1.65.2", JsonDocument.Parse(starter.File("package.json")).RootElement.GetProperty("devDependencies").GetProperty("@playwright/test").GetString());
    }

    [Fact]
    public void Script_opens_the_recorded_page_fills_each_field_once_clicks_and_waits_for_the_answer()
    {
        var script = AutomationStarters.Generate(ExpenseWork.Log(keepValues: false), 0).File("starter.ts");

        string[] lines =
        [
            "await page.goto(url('https://erp.example.org/expenses/new'));",
            "await page.locator('#reference').fill(data.reference);",
            "await page.locator('[name=\"amount\"]').fill(data.amount);",
            "await page.getByLabel('Cost centre', { exact: true }).fill(data.costCentre);",
            "await page.locator('#category').selectOption(data.category);",
            "await page.getByRole('button', { name: 'Save', exact: true }).click();",
            "await page.waitForURL(recordedPage(",
        ];
        var at = -1;
        foreach (var line in lines)
        {
            var next = script.IndexOf(line, StringComparison.Ordinal);
            Assert.True(next > at, $"expected after the previous line: {line}\n{script}");
            at = next;
        }
        Assert.Contains("// Step 2: Copy 'Reference' from Acrobat (desktop step in Acrobat, see steps.md)", script, StringComparison.Ordinal);
    }

    [Fact]
    public void Data_holds_placeholders_unless_example_rows_are_asked_for_and_then_only_kept_values()
    {
        var placeholders = Records(AutomationStarters.Generate(ExpenseWork.Log(keepValues: true), 0));
        var examples = Records(AutomationStarters.Generate(ExpenseWork.Log(keepValues: true), 0, options: new StarterOptions { ExampleRows = 5 }));
        var notKept = Records(AutomationStarters.Generate(ExpenseWork.Log(keepValues: false), 0, options: new StarterOptions { ExampleRows = 5 }));

        Assert.Equal("<Reference>", Assert.Single(placeholders)["reference"]);
        Assert.Equal(3, examples.Length);
        Assert.Equal(ExpenseWork.Values[0], new[] { examples[0]["reference"], examples[0]["amount"], examples[0]["costCentre"], examples[0]["category"] });
        Assert.Equal(ExpenseWork.Values[2][1], examples[2]["amount"]);
        Assert.All(notKept, r => Assert.Equal("<Amount>", r["amount"]));
    }

    [Fact]
    public void Parameters_say_which_source_field_fed_them_per_the_transfer_report()
    {
        var starter = AutomationStarters.Generate(ExpenseWork.Log(keepValues: false), 0, ExpenseWork.Transfers());

        Assert.Equal(["Acrobat 'Reference'"], starter.Parameters.Single(p => p.Name == "reference").Sources);
        Assert.Empty(starter.Parameters.Single(p => p.Name == "amount").Sources);
        Assert.Contains("came from Acrobat 'Reference'", starter.File("starter.ts"), StringComparison.Ordinal);
        Assert.Contains("| `reference` | `Reference` | `page.locator('#reference')` | `Acrobat 'Reference'` |", starter.File("README.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void Steps_document_lists_desktop_steps_for_an_rpa_tool_without_values()
    {
        var starter = AutomationStarters.Generate(ExpenseWork.Log(keepValues: true), 0, ExpenseWork.Transfers());
        var steps = starter.File("steps.md");

        Assert.Contains("## 2. Copy 'Reference' from Acrobat", steps, StringComparison.Ordinal);
        Assert.Contains("- Kind: **desktop**", steps, StringComparison.Ordinal);
        Assert.Contains("- Screen: `Receipt <num>.pdf`", steps, StringComparison.Ordinal);
        Assert.Contains("- Data: to `chromium` `Reference` (4×)", steps, StringComparison.Ordinal);
        Assert.All(ExpenseWork.Values.SelectMany(v => v), v => Assert.DoesNotContain("`" + v + "`", steps, StringComparison.Ordinal));
        Assert.DoesNotContain("INV-100", steps + starter.File("starter.ts") + starter.File("README.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void Recorded_text_cannot_break_out_of_the_script()
    {
        var log = ExpenseWork.Log(keepValues: false);
        var hostile = "x' + require('child_process').execSync('id') + '\n*/";
        var events = log.Events.Select(e => e.TargetName == "Save" ? e with { TargetName = hostile } : e).ToArray();
        var script = AutomationStarters.Generate(new WorkLog
        {
            Events = events, InstanceOfEvent = log.InstanceOfEvent, StepOfEvent = log.StepOfEvent, TaskTypes = log.TaskTypes, Instances = log.Instances,
        }, 0).File("starter.ts");

        Assert.Contains("{ name: 'x\\' + require(\\'child_process\\').execSync(\\'id\\') + \\' */', exact: true }", script, StringComparison.Ordinal);
        // Outside one-line comments the text only ever appears escaped inside a string literal.
        Assert.All(script.Split('\n').Where(l => l.Contains("require(", StringComparison.Ordinal) && !l.TrimStart().StartsWith("//", StringComparison.Ordinal)),
            l => Assert.DoesNotContain("require('child_process')", l, StringComparison.Ordinal));
        Assert.All(script.Split('\n').Where(l => l.TrimStart().StartsWith("//", StringComparison.Ordinal)), l => Assert.DoesNotContain("*/", l, StringComparison.Ordinal));
    }

    [Fact]
    public void Out_of_range_options_are_rejected()
    {
        Assert.Throws<InputException>(() => AutomationStarters.Generate(ExpenseWork.Log(false), 0, options: new StarterOptions { ExampleRows = -1 }));
        Assert.Throws<InputException>(() => AutomationStarters.Generate(ExpenseWork.Log(false), 0, options: new StarterOptions { PlaywrightVersion = "1.0; rm -rf" }));
    }

    private static Dictionary<string, string>[] Records(AutomationStarter starter) =>
        JsonSerializer.Deserialize<Dictionary<string, string>[]>(starter.File("data.json"))!;
}
