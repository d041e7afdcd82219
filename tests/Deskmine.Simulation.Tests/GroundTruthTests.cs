using Deskmine.Core.Events;
using Deskmine.Simulation.Tests.Support;

namespace Deskmine.Simulation.Tests;

/// <summary>Behaviour the recognition evaluation relies on: instances, interruptions, variants, correlations.</summary>
public class GroundTruthTests
{
    [Fact]
    public void Each_paste_matches_an_earlier_copy_of_the_same_task_instance()
    {
        var events = Some.SmallRun();
        var copies = new HashSet<(string, string)>();
        var pastes = 0;

        foreach (var e in events.Where(e => Some.IsTask(e.Truth)))
        {
            if (e.Event.Kind == EventKinds.Copy)
                copies.Add((e.Truth.TaskInstance, e.Event.ValueHash!));
            if (e.Event.Kind == EventKinds.Paste)
            {
                pastes++;
                Assert.Contains((e.Truth.TaskInstance, e.Event.ValueHash!), copies);
            }
        }
        Assert.True(pastes > 50, $"only {pastes} pastes");
        Assert.All(events.Where(e => e.Event.Kind is EventKinds.Copy or EventKinds.Paste),
            e => Assert.Matches("^[0-9a-f]{64}$", e.Event.ValueHash));
    }

    [Fact]
    public void Interrupted_tasks_resume_after_the_mail_or_chat()
    {
        var options = Some.SmallOptions() with { Days = 1, InterruptionRate = 1, InterleaveRate = 0 };
        var events = Some.Run(options);
        var blocks = Some.Blocks(events).ToList();
        var instances = events.Where(e => Some.IsTask(e.Truth)).Select(e => e.Truth.TaskInstance).Distinct().Count();

        var resumed = 0;
        for (var i = 1; i < blocks.Count - 1; i++)
        {
            var steps = events.Skip(blocks[i].Start).Take(blocks[i].End - blocks[i].Start + 1).Select(e => e.Truth.Step).Distinct();
            if (blocks[i].Instance.Length == 0 && steps.All(s => s.StartsWith("interruption:", StringComparison.Ordinal))
                && blocks[i - 1].Instance.Length > 0 && blocks[i - 1].Instance == blocks[i + 1].Instance)
            {
                resumed++;
            }
        }

        // Every instance is interrupted exactly once, after step 1–3, and always has a further step to resume with.
        Assert.Equal(instances, resumed);
    }

    [Fact]
    public void Interleaved_tasks_are_suspended_and_resumed()
    {
        var options = Some.SmallOptions() with { Days = 1, InterleaveRate = 1, InterruptionRate = 0, NoiseRate = 0 };
        var events = Some.Run(options);
        var taskBlocks = Some.Blocks(events).Where(b => b.Instance.Length > 0).ToList();

        var split = taskBlocks.GroupBy(b => b.Instance).Count(g => g.Count() > 1);
        var found = false;
        for (var i = 0; i + 2 < taskBlocks.Count && !found; i++)
        {
            found = taskBlocks[i].Instance == taskBlocks[i + 2].Instance && taskBlocks[i + 1].Instance != taskBlocks[i].Instance;
        }

        Assert.True(found, "no A-B-A pattern");
        Assert.True(split > 100, $"only {split} instances were split");
    }

    [Fact]
    public void Instance_ids_are_unique_to_one_type_person_and_day()
    {
        var events = Some.SmallRun().Where(e => Some.IsTask(e.Truth)).ToList();

        foreach (var instance in events.GroupBy(e => e.Truth.TaskInstance))
        {
            Assert.Single(instance.Select(e => e.Truth.TaskType).Distinct());
            Assert.Single(instance.Select(e => e.Event.Session).Distinct());
        }
        Assert.All(events, e => Assert.Matches("^(inv|onb|exp|tkt|vmu)-[0-9]{6}$", e.Truth.TaskInstance));
    }

    [Fact]
    public void Invoice_number_recurs_in_mail_pdf_and_erp_of_its_instance()
    {
        var invoices = Some.SmallRun().Where(e => e.Truth.TaskType == TaskTypes.InvoiceProcessing)
            .GroupBy(e => e.Truth.TaskInstance).ToList();

        Assert.NotEmpty(invoices);
        foreach (var instance in invoices)
        {
            var pdf = instance.First(e => e.Event.App == "AcroRd32.exe").Event.Window!;
            var number = pdf.Split(' ')[1];
            Assert.Matches("^Invoice [0-9]{6} from .+ - Adobe Acrobat Reader$", pdf);
            Assert.Contains(instance, e => e.Event.App == "OUTLOOK.EXE" && e.Event.Window!.Contains(number, StringComparison.Ordinal));
            Assert.Contains(instance, e => e.Event.App == "OUTLOOK.EXE" && e.Event.TargetName == $"Invoice_{number}.pdf");
            Assert.Contains(instance, e => e.Event.App == "EXCEL.EXE" && e.Event.Attrs?.GetValueOrDefault("sheet") == "Invoices");
            Assert.Contains(instance, e => e.Event.Window == "MIRO Enter Incoming Invoice: Company Code 1000");
        }
    }

    [Fact]
    public void Each_team_has_its_own_dominant_invoice_variant()
    {
        var options = Some.SmallOptions() with { NoiseRate = 0, InterruptionRate = 0, InterleaveRate = 0, ExceptionRate = 0 };
        var events = Some.Run(options).Where(e => e.Truth.TaskType == TaskTypes.InvoiceProcessing).ToList();

        // Variant signature: the step sequence plus the kinds of action used (copy/paste or typing).
        var dominant = events.GroupBy(e => e.Event.Team!).ToDictionary(
            team => team.Key,
            team => team.GroupBy(e => e.Truth.TaskInstance)
                .Select(i => string.Join(">", StepSequence(i)) + "|" + string.Join(",", i.Select(e => e.Event.Kind).Distinct().Order()))
                .GroupBy(s => s).OrderByDescending(g => g.Count()).First().Key);

        Assert.Equal(3, dominant.Count);
        Assert.Equal(3, dominant.Values.Distinct().Count());
        Assert.Contains(EventKinds.Paste, dominant["Accounts Payable"], StringComparison.Ordinal);
        Assert.DoesNotContain(EventKinds.Paste, dominant["Customer Service"], StringComparison.Ordinal);
        Assert.Contains("Check tracking sheet", dominant["Finance Ops"], StringComparison.Ordinal);
    }

    [Fact]
    public void Customer_service_runs_the_kyc_check_before_creating_the_customer()
    {
        var options = Some.SmallOptions() with { ExceptionRate = 0 };
        var onboarding = Some.Run(options).Where(e => e.Truth.TaskType == TaskTypes.CustomerOnboarding)
            .GroupBy(e => (e.Event.Team, e.Truth.TaskInstance))
            .Select(g => (Team: g.Key.Team, Steps: StepSequence(g)))
            .ToList();

        static bool KycFirst(List<string> steps) => steps.IndexOf("KYC check") < steps.IndexOf("Create customer");
        Assert.All(onboarding.Where(o => o.Team == "Customer Service"), o => Assert.True(KycFirst(o.Steps)));
        Assert.All(onboarding.Where(o => o.Team != "Customer Service"), o => Assert.False(KycFirst(o.Steps)));
        Assert.Contains(onboarding, o => o.Team != "Customer Service");
    }

    [Fact]
    public void Exceptions_add_rework_steps()
    {
        var options = Some.SmallOptions() with { ExceptionRate = 1 };
        var steps = Some.Run(options).Where(e => e.Truth.TaskType == TaskTypes.InvoiceProcessing).Select(e => e.Truth.Step).ToHashSet();

        Assert.Contains("Mail purchasing", steps);
        Assert.Contains("Correct amount", steps);
        Assert.Contains("Park invoice", steps);
    }

    [Fact]
    public void Typed_text_is_not_recorded_by_default_only_its_length_and_hash()
    {
        var inputs = Some.Run(Some.SmallOptions() with { Days = 1 }).Where(e => e.Event.Kind == EventKinds.TextInput).ToList();

        Assert.NotEmpty(inputs);
        Assert.All(inputs, e =>
        {
            Assert.Null(e.Event.Value);
            Assert.True(int.Parse(e.Event.Attrs!["chars"], System.Globalization.CultureInfo.InvariantCulture) > 0);
            Assert.NotNull(e.Event.ValueHash);
        });
    }

    [Fact]
    public void Captured_text_matches_the_recorded_character_count()
    {
        var inputs = Some.Run(Some.SmallOptions() with { Days = 1, CaptureText = true })
            .Where(e => e.Event.Kind == EventKinds.TextInput).ToList();

        Assert.All(inputs, e => Assert.Equal(e.Event.Attrs!["chars"], e.Event.Value!.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Urls_and_titles_carry_ids_and_personal_data_for_redaction_to_find()
    {
        var events = Some.SmallRun();

        Assert.Contains(events, e => e.Event.Url is { } u && System.Text.RegularExpressions.Regex.IsMatch(u, "^https://crm\\.example\\.com/customers/[0-9]+/edit$"));
        Assert.Contains(events, e => e.Event.Url?.Contains("token=", StringComparison.Ordinal) == true);
        Assert.Contains(events, e => e.Event.Url?.Contains("@acme.com", StringComparison.Ordinal) == true);
        Assert.Contains(events, e => e.Event.Window?.Contains("@", StringComparison.Ordinal) == true && e.Event.App == "OUTLOOK.EXE");
        Assert.Contains(events, e => e.Event.Window?.Contains("Müller GmbH", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Noise_and_breaks_belong_to_no_task()
    {
        var events = Some.SmallRun();
        var noTask = events.Where(e => !Some.IsTask(e.Truth)).ToList();

        Assert.Contains(noTask, e => e.Truth.Step == "noise");
        Assert.Contains(noTask, e => e.Truth.Step.StartsWith("interruption:", StringComparison.Ordinal));
        Assert.All(noTask, e => Assert.Empty(e.Truth.TaskType));
        Assert.InRange(noTask.Count / (double)events.Count, 0.02, 0.3);
    }

    private static List<string> StepSequence(IEnumerable<SimulatedEvent> instance)
    {
        var steps = new List<string>();
        foreach (var e in instance)
        {
            if (steps.Count == 0 || steps[^1] != e.Truth.Step)
                steps.Add(e.Truth.Step);
        }
        return steps;
    }
}
