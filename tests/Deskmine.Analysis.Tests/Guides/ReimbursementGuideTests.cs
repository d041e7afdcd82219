using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Deskmine.Analysis.Guides;
using Deskmine.Analysis.Tests.Automation;
using Deskmine.Analysis.Transfers;
using Deskmine.Storage.Formats;
using Xunit.Abstractions;

namespace Deskmine.Analysis.Tests.Guides;

/// <summary>The guide to Leno et al.'s raw Reimbursement log (Excel → Jotform), recognised without labels.</summary>
public sealed class ReimbursementGuideTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void Guide_to_the_reimbursement_task_copies_each_column_into_its_form_field_and_shows_no_value()
    {
        Skip.If(StarterRunner.SharedData is null, "../shared/data is absent: the Leno Reimbursement log is not available.");
        var file = Path.Combine(StarterRunner.SharedData!, "data", "uilogs", "leno", "Reimbursement.csv");
        Skip.IfNot(File.Exists(file), $"{file} is absent.");
        var events = LogReaders.Open(file).ToList();
        var log = RecognizedWork.From(events);
        var type = Enumerable.Range(0, log.TaskTypes.Count).MaxBy(t => log.Instances.Count(i => i.TaskType == t));
        var transfers = DataTransfers.Find(log);

        var clock = Stopwatch.StartNew();
        var guide = TaskGuides.Build(log, type, transfers);
        var ms = clock.Elapsed.TotalMilliseconds;

        Assert.True(guide.Summary.Instances >= 45, $"{guide.Summary.Instances} instances");
        Assert.Equal("Copy 'A<n>' from Excel", guide.Steps[0].Description);
        Assert.Contains(guide.Steps[0].Data, d => d.Direction == GuideFlowDirection.Out && d.OtherField == "q3_name[first]");
        var first = guide.Steps.First(s => s.Element.Id == "first_3");
        Assert.Equal("Paste into 'q3_name[first]'", first.Description);
        Assert.Equal("<q3_name[first]>", first.Input);
        Assert.Contains(first.Data, d => d.Direction == GuideFlowDirection.In && d.OtherApplication == "Excel" && d.OtherField == "Student details!A");
        Assert.Contains(guide.Steps, s => s.Description == "Click 'Next'");
        Assert.Contains(guide.Systems, s => s.Application == "Chrome" && s.Fields.Contains("q4_email"));
        var json = JsonSerializer.Serialize(guide);
        // Values with letters: digit-only ones (4450) occur by chance inside the times.
        var kept = events.Where(e => e.Value is { Length: >= 4 } v && v.Any(char.IsLetter)).Select(e => e.Value!).Distinct().ToArray();
        Assert.All(kept, v => Assert.DoesNotContain(JsonSerializer.Serialize(v)[1..^1], json, StringComparison.Ordinal));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{guide.Summary.Instances} instances, {guide.Summary.Variants} variants, main {guide.Summary.MainVariantInstances}, {guide.Steps.Count} steps, {guide.Exceptions.Count} exceptions, {guide.Steps.Count(s => s.Data.Count > 0)} steps with data, {kept.Length} kept values absent; built in {ms:0} ms"));
    }
}
