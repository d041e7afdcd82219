using System.Globalization;
using Deskmine.Mining.Evaluation.Benchmarks;
using Deskmine.Mining.Recognition;
using Deskmine.Mining.Tests.Support;

namespace Deskmine.Mining.Tests.Scratch;

public sealed class MixedDump
{
    [SkippableFact]
    public void Dump()
    {
        Skip.If(Environment.GetEnvironmentVariable("DESKMINE_DUMP") is null, "dump");
        var seed = int.Parse(Environment.GetEnvironmentVariable("DESKMINE_DUMP")!, CultureInfo.InvariantCulture);
        var samples = MixedLenoSamples.Read(LenoLogs.Folder()!);
        var log = MixedLogBuilder.Build(samples, new MixedLogOptions { Seed = seed, InterleavedShare = double.Parse(Environment.GetEnvironmentVariable("DESKMINE_DUMP_SHARE") ?? "0.25", CultureInfo.InvariantCulture) });
        var order = Enumerable.Range(0, log.Events.Count).ToArray();
        var (actions, labels, _) = ActionAbstractor.Abstract(log.Events, order, RecognitionOptions.Default);
        var (seg, _) = Segmenter.Segment(actions, labels.Count, RecognitionOptions.Default);
        var lines = new List<string>();
        long prev = 0;
        for (var i = 0; i < actions.Count; i++)
        {
            var a = actions[i];
            var e = a.Events[^1];
            var gap = i == 0 ? 0 : (a.Ts - prev) / 1000.0;
            prev = a.Ts;
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"{seg[i]}\t{log.TrueInstance[e]}\t{a.Ts}\t{labels[a.Label]}\t{string.Join(",", a.Keys)}\t{a.Feature}\t{a.App}"));
        }
        File.WriteAllLines(Path.Combine(Path.GetTempPath(), $"dump-{seed}-{Environment.GetEnvironmentVariable("DESKMINE_DUMP_SHARE") ?? "0.25"}.txt"), lines);
    }
}
