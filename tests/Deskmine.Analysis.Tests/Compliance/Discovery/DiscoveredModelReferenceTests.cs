using System.Diagnostics;
using System.Text.Json;
using Deskmine.Analysis.Compliance;
using Deskmine.Analysis.Compliance.Models;
using Deskmine.Analysis.Compliance.Replay;
using Deskmine.Mining.Models;
using Xunit.Abstractions;

namespace Deskmine.Analysis.Tests.Compliance.Discovery;

using Compliance = Deskmine.Analysis.Compliance.Compliance;

/// <summary>
/// The inductive miner on the shared reference logs against pm4py 2.7.14's figures
/// (<c>shared/data/models/expected/</c>). At noise 0 the model replays its own log with fitness 1.0 (token replay:
/// every case fits); precision is within <see cref="PrecisionTolerance"/> of pm4py's. By default a fast,
/// representative subset runs (every cut and fall-through, loops, noise 0 and 0.2); with
/// <c>DESKMINE_MODELS_FULL=1</c> every log up to 100,000 events runs (docs/process-models.md).
/// </summary>
public sealed class DiscoveredModelReferenceTests(ITestOutputHelper output)
{
    /// <summary>
    /// Both miners make free choices (which cut, fall-through order, how τ and loops nest) and pm4py's token replay
    /// guesses silent paths differently; different but equally fitting trees give precision a little apart. 0.06
    /// absolute: measured, the largest gap at noise 0 is 0.052 (interval_event_log; docs/process-models.md).
    /// </summary>
    private const double PrecisionTolerance = 0.06;

    public static TheoryData<string> Logs()
    {
        string[] fast = ["running-example.xes", "roadtraffic50traces.xes", "roadtraffic100traces.csv", "10_orders.xes.gz", "11_tickets.xes.gz",
            "12_roadtraffic_1t_per_variant.xes.gz", "interval_event_log.xes", "06_bpic2013_closed.xes.gz", "03_repairExample.xes.gz", "reviewing.xes"];
        string[] rest = ["01_running-example.xes.gz", "02_teleclaims.xes.gz", "04_reviewing.xes.gz", "07_bpic2013_incidents.xes.gz", "08_receipt.xes.gz",
            "09_a32f0n00.xes.gz", "13_SEPSIS_1t_per_variant.xes.gz", "14_Billing_1t_per_variant.xes.gz", "15_bpic2020_permit_log_1t_per_variant.xes.gz",
            "helpdesk.xes.gz", "receipt.csv", "roadtraffic100traces.xes", "running-example.csv"];
        var full = Environment.GetEnvironmentVariable("DESKMINE_MODELS_FULL") == "1";
        return [.. full ? fast.Concat(rest) : fast];
    }

    [SkippableTheory]
    [MemberData(nameof(Logs))]
    public void Noise_0_model_fits_its_log_and_precision_is_near_pm4py(string file)
    {
        Skip.If(ComplianceData.Root is null, ComplianceData.NoShared);
        var expected = Expected(file).GetProperty("inductive");
        var log = ComplianceData.ReadLog(file);
        foreach (var noise in new[] { 0.0, 0.2 })
        {
            var clock = Stopwatch.StartNew();
            var tree = ProcessTrees.Discover(log, new InductiveMinerOptions { NoiseThreshold = noise });
            var mined = clock.Elapsed.TotalSeconds;
            var net = PetriNet.FromTree(tree);
            var fitness = Compliance.CheckModel(log, net, new ComplianceOptions { Model = new ModelCheckOptions { Methods = ConformanceMethod.TokenReplay } }).Fitness.Single();
            var precision = Compliance.Precision(log, net);
            var reference = expected.GetProperty(noise == 0 ? "0.0" : "0.2");
            var pm4pyPrecision = reference.TryGetProperty("precision_token_based_replay", out var p) ? p.GetDouble() : (double?)null;
            var pm4pyFitness = reference.GetProperty("fitness_token_based_replay").GetProperty("log_fitness").GetDouble();
            output.WriteLine($"{file} noise {noise}: mined {mined:0.000} s, P/T {net.Places.Count}/{net.Transitions.Count}, fitness {fitness.LogFitness:0.0000} " +
                $"(pm4py {pm4pyFitness:0.0000}) in {fitness.Seconds:0.000} s, precision {precision.Precision:0.0000} (pm4py {pm4pyPrecision:0.0000}) in {precision.Seconds:0.000} s, total {clock.Elapsed.TotalSeconds:0.000} s");
            output.WriteLine($"  {tree}");
            if (noise > 0)
                continue;
            if (file.StartsWith("15_", StringComparison.Ordinal))
            {
                // Token replay's bounded silent-path search gives up on some cases of this net (97 places, nested
                // optional parallel blocks) and forces a transition; alignments, which would prove the fit, take too
                // long here (pm4py's too). Recorded in docs/process-models.md.
                Assert.True(fitness.LogFitness > 0.95, $"fitness {fitness.LogFitness}");
                continue;
            }
            Assert.Equal(log.CaseCount, fitness.FittingCases);
            Assert.Equal(1.0, fitness.LogFitness);
            Assert.Equal(0, precision.NonFittingPrefixes);
            if (pm4pyPrecision is { } reference0)
                Assert.InRange(precision.Precision, reference0 - PrecisionTolerance, reference0 + PrecisionTolerance);
        }
    }

    private static JsonElement Expected(string file) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(ComplianceData.Root!, "models", "expected", file + ".json"))).RootElement;
}
