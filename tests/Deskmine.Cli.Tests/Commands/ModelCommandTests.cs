using System.Text.Json;
using Deskmine.Analysis.Compliance.Bpmn;
using Deskmine.Analysis.Compliance.Models;
using Deskmine.Cli.Tests.Support;

namespace Deskmine.Cli.Tests.Commands;

/// <summary>The contract of <c>model FILE_OR_WORKSPACE [--noise X] --bpmn OUT [--pnml OUT] [--json]</c>.</summary>
public sealed class ModelCommandTests
{
    [SkippableFact]
    public void Json_model_of_the_running_example_fits_and_writes_both_files()
    {
        Skip.If(SharedData.Root is null, SharedData.MissingReason);
        using var dir = new TempDir();
        var run = CliRun.Of("model", SharedData.PathOf("data/eventlogs/logs/running-example.xes"), "--bpmn", dir.File("m.bpmn"), "--pnml", dir.File("m.pnml"), "--json");

        Assert.True(run.ExitCode == CliApp.Ok, run.Error);
        using var doc = JsonDocument.Parse(run.Out);
        var o = doc.RootElement;
        Assert.Equal(6, o.GetProperty("num_cases").GetInt32());
        Assert.Equal(0, o.GetProperty("noise").GetDouble());
        Assert.StartsWith("->( 'register request', *(", o.GetProperty("process_tree").GetString(), StringComparison.Ordinal);
        Assert.Equal("sequence", o.GetProperty("tree").GetProperty("operator").GetString());
        Assert.Equal(8, o.GetProperty("petri_net").GetProperty("visible_transitions").GetInt32());
        Assert.Equal(1.0, o.GetProperty("fitness").GetProperty("token_replay").GetProperty("log_fitness").GetDouble());
        Assert.Equal(1.0, o.GetProperty("fitness").GetProperty("alignments").GetProperty("log_fitness").GetDouble());
        Assert.Equal(0.7531, o.GetProperty("precision").GetProperty("precision").GetDouble(), 4);
        Assert.Equal(dir.File("m.bpmn"), o.GetProperty("bpmn").GetString());

        var model = BpmnModel.Parse(File.ReadAllText(dir.File("m.bpmn")), "m.bpmn");
        Assert.Equal(8, model.TaskNames.Count);
        var net = PetriNet.ParsePnml(File.ReadAllText(dir.File("m.pnml")), "m.pnml");
        Assert.Equal(o.GetProperty("petri_net").GetProperty("places").GetInt32(), net.Places.Count);
        Assert.Equal(o.GetProperty("petri_net").GetProperty("arcs").GetInt32(), net.ArcCount);
    }

    [SkippableFact]
    public void Text_model_with_noise_names_the_files_written()
    {
        Skip.If(SharedData.Root is null, SharedData.MissingReason);
        using var dir = new TempDir();
        var run = CliRun.Of("model", SharedData.PathOf("data/eventlogs/logs/roadtraffic100traces.csv"), "--noise", "0.2", "--bpmn", dir.File("out/r.bpmn"));

        Assert.True(run.ExitCode == CliApp.Ok, run.Error);
        Assert.Contains("noise 0.2", run.Out, StringComparison.Ordinal);
        Assert.Contains("precision (escaping edges): ", run.Out, StringComparison.Ordinal);
        Assert.Contains($"wrote {dir.File("out/r.bpmn")}", run.Out, StringComparison.Ordinal);
        Assert.True(File.Exists(dir.File("out/r.bpmn")));
    }

    [Fact]
    public void A_noise_outside_0_to_1_and_a_missing_bpmn_option_are_refused()
    {
        using var dir = new TempDir();
        var log = dir.File("log.csv");
        File.WriteAllText(log, "case:concept:name,concept:name,time:timestamp\nc1,a,2024-01-01T08:00:00Z\n");
        var noise = CliRun.Of("model", log, "--noise", "1.5", "--bpmn", dir.File("m.bpmn"));
        Assert.NotEqual(CliApp.Ok, noise.ExitCode);
        Assert.Contains("--noise expects a threshold from 0 to 1", noise.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(dir.File("m.bpmn")));

        var missing = CliRun.Of("model", log);
        Assert.Equal(CliApp.Usage, missing.ExitCode);
        Assert.Contains("--bpmn", missing.Error, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void A_discovered_PNML_checks_its_log_with_compliance()
    {
        Skip.If(SharedData.Root is null, SharedData.MissingReason);
        using var dir = new TempDir();
        var log = SharedData.PathOf("data/eventlogs/logs/running-example.xes");
        Assert.Equal(CliApp.Ok, CliRun.Of("model", log, "--bpmn", dir.File("m.bpmn"), "--pnml", dir.File("m.pnml")).ExitCode);

        foreach (var model in new[] { "m.pnml", "m.bpmn" })
        {
            var run = CliRun.Of("compliance", log, "--model", dir.File(model), "--json");
            Assert.True(run.ExitCode == CliApp.Ok, run.Error);
            using var doc = JsonDocument.Parse(run.Out);
            Assert.Equal(0, doc.RootElement.GetProperty("deviations").GetArrayLength());
        }
    }
}
