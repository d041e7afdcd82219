using Deskmine.Cli.Tests.Support;

namespace Deskmine.Cli.Tests.Commands;

public sealed class XesExportMapCommandTests
{
    /// <summary>
    /// The process map (activities, edges with frequencies and times, variants) of an exported XES file equals the map
    /// of the file it came from: an interval log (pairs), a log with summer and winter offsets, a CSV log.
    /// </summary>
    [SkippableTheory]
    [InlineData("interval_event_log.xes")]
    [InlineData("08_receipt.xes.gz")]
    [InlineData("running-example.csv")]
    public void The_map_of_an_exported_log_equals_the_map_of_the_original(string file)
    {
        Skip.If(SharedData.Root is null, SharedData.MissingReason);
        using var dir = new TempDir();
        var original = SharedData.PathOf($"data/eventlogs/logs/{file}");
        var exported = dir.File("exported.xes.gz");

        Assert.Equal(CliApp.Ok, CliRun.Of("import", original, "-w", dir.File("ws")).ExitCode);
        var export = CliRun.Of("export", "-w", dir.File("ws"), "--format", "xes", "-o", exported);
        var before = CliRun.Of("map", original, "--json");
        var after = CliRun.Of("map", exported, "--json");

        Assert.Equal(CliApp.Ok, export.ExitCode);
        Assert.Contains(exported, export.Out, StringComparison.Ordinal);
        Assert.Equal(CliApp.Ok, after.ExitCode);
        Assert.Equal(before.Out, after.Out);
    }
}
