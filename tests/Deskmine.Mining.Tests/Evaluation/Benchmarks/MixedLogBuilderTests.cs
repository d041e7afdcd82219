using Deskmine.Core.Events;
using Deskmine.Mining.Evaluation.Benchmarks;
using Deskmine.Mining.Tests.Support;

namespace Deskmine.Mining.Tests.Evaluation.Benchmarks;

public sealed class MixedLogBuilderTests
{
    private static List<TaskInstanceSample> Samples()
    {
        var samples = new List<TaskInstanceSample>();
        foreach (var type in new[] { "Invoice", "Ticket", "Expense" })
        {
            for (var n = 0; n < 8; n++)
            {
                var events = Enumerable.Range(0, 6).Select(k =>
                {
                    var e = SomeStreams.Event("rec", (n * 100) + (k * 3), EventKinds.Click, type, $"step{k}");
                    return e with { Attrs = new Dictionary<string, string> { ["caseID"] = n.ToString(System.Globalization.CultureInfo.InvariantCulture), ["eventType"] = "click" } };
                }).ToList();
                samples.Add(new TaskInstanceSample(type, n.ToString(System.Globalization.CultureInfo.InvariantCulture), events, n == 0 ? null : TimeSpan.FromSeconds(20)));
            }
        }
        return samples;
    }

    [Fact]
    public void The_same_seed_gives_the_same_log_and_another_seed_another()
    {
        var a = MixedLogBuilder.Build(Samples(), new MixedLogOptions { Seed = 5, InstancesPerType = 5 });
        var b = MixedLogBuilder.Build(Samples(), new MixedLogOptions { Seed = 5, InstancesPerType = 5 });
        var c = MixedLogBuilder.Build(Samples(), new MixedLogOptions { Seed = 6, InstancesPerType = 5 });
        Assert.Equal(a.TrueInstance, b.TrueInstance);
        Assert.Equal(a.Events.Select(e => e.Ts), b.Events.Select(e => e.Ts));
        Assert.NotEqual(a.TrueInstance, c.TrueInstance);
    }

    [Fact]
    public void Every_drawn_instance_is_complete_on_one_timeline_without_its_case_attribute()
    {
        var log = MixedLogBuilder.Build(Samples(), new MixedLogOptions { InstancesPerType = 5, InterleavedShare = 0.5 });
        Assert.Equal(15 * 6, log.Events.Count);
        Assert.Equal(15, log.TrueInstance.Distinct().Count());
        Assert.All(log.TrueInstance.GroupBy(i => i), g => Assert.Equal(6, g.Count()));
        Assert.Equal(log.TrueInstance.Select(i => i.Split('#')[0]), log.TrueType);
        Assert.True(log.Events.Zip(log.Events.Skip(1)).All(p => p.First.Ts <= p.Second.Ts));
        Assert.All(log.Events, e => Assert.False(e.Attrs!.ContainsKey("caseID")));
        Assert.All(log.Events, e => Assert.Equal("worker", e.User));
    }

    [Fact]
    public void A_suspended_instance_is_split_by_one_whole_other_instance_and_resumed()
    {
        var log = MixedLogBuilder.Build(Samples(), new MixedLogOptions { InstancesPerType = 5, InterleavedShare = 1.0 });
        Assert.NotEmpty(log.SuspendedInstances);
        foreach (var id in log.SuspendedInstances)
        {
            var positions = Enumerable.Range(0, log.TrueInstance.Count).Where(i => log.TrueInstance[i] == id).ToList();
            var gap = positions.Zip(positions.Skip(1)).Single(p => p.Second - p.First > 1);
            var between = log.TrueInstance.Skip(gap.First + 1).Take(gap.Second - gap.First - 1).Distinct().ToList();
            Assert.Single(between);
            Assert.Equal(6, log.TrueInstance.Count(i => i == between[0]));
        }
    }
}
