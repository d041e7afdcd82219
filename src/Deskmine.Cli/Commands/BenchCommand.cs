using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Deskmine.Cli.Terminal;
using Deskmine.Core.Logs;
using Deskmine.Mining.Benchmarks;
using Deskmine.Storage.Formats;
using Deskmine.Storage.Logs;
using Deskmine.Workspaces.Sources;

namespace Deskmine.Cli.Commands;

/// <summary>
/// <c>deskmine bench</c>: import rate, log read-back, and DFG + performance DFG + variants time and peak memory on
/// the synthetic benchmark CSV (<c>../shared/bench/gen_synthetic.py</c>). The mining phase runs in a child process
/// so that its peak memory is its own.
/// </summary>
internal static class BenchCommand
{
    public static Command Create(CliContext context)
    {
        var cases = new Option<int[]>("--cases")
        {
            Description = "Sizes to run, in cases (about 10 events each); repeatable",
            DefaultValueFactory = _ => [100_000, 1_000_000],
            AllowMultipleArgumentsPerToken = true,
            HelpName = "N",
        };
        var input = new Option<string?>("--input") { Description = "Use this CSV instead of generating one (case_id,activity,timestamp,resource)", HelpName = "FILE" };
        var work = new Option<string>("--work")
        {
            Description = "Folder for generated inputs and benchmark workspaces",
            DefaultValueFactory = _ => Path.Combine(".build", "bench"),
            HelpName = "DIR",
        };
        var mineOnly = new Option<string?>("--mine-workspace") { Description = "Internal: run only the mining phase on this workspace", Hidden = true };
        var command = new Command("bench", "Benchmark import, log read-back and process-map discovery on the synthetic benchmark log")
        {
            cases, input, work, mineOnly,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(mineOnly) is { } ws)
                return MinePhase(context, ws);
            var dir = parse.GetValue(work)!;
            Directory.CreateDirectory(dir);
            var inputs = parse.GetValue(input) is { } file
                ? [file]
                : parse.GetValue(cases)!.Select(n => BenchInputs.Synthetic(n, dir, context)).ToArray();
            context.Out.WriteLine($"load average before: {LoadAverage()} ({Environment.ProcessorCount} cores)");
            foreach (var path in inputs)
                RunOne(context, path, dir);
            context.Out.WriteLine($"load average after: {LoadAverage()}");
            return CliApp.Ok;
        });
        return command;
    }

    private static void RunOne(CliContext context, string csv, string workDir)
    {
        var inv = CultureInfo.InvariantCulture;
        context.Out.WriteLine(string.Create(inv, $"== {csv} ({new FileInfo(csv).Length / 1e6:F0} MB)"));

        var parse = Stopwatch.StartNew();
        long parsed = 0;
        foreach (var _ in LogReaders.Open(csv, "csv"))
            parsed++;
        var parseS = parse.Elapsed.TotalSeconds;
        context.Out.WriteLine(string.Create(inv, $"parse CSV → events:        {parsed,12:N0} events in {parseS,7:F2} s = {parsed / parseS,12:N0} events/s"));

        // What `map FILE` does before mining: the file straight into the columnar log, no store, every core parsing.
        var direct = Stopwatch.StartNew();
        var directCpu = CpuSeconds();
        var columns = LogFiles.Read(csv, "csv", ImportOptions.Default, new LogQuery { CaseNotion = CaseNotions.Imported, Classifier = ["activity"], Attributes = [] });
        var directS = direct.Elapsed.TotalSeconds;
        directCpu = CpuSeconds() - directCpu;
        context.Out.WriteLine(string.Create(inv, $"read CSV → log (no store):  {columns.EventCount,12:N0} events in {directS,7:F2} s = {columns.EventCount / directS,12:N0} events/s ({directCpu:F2} CPU-s)"));
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);

        var wsDir = Path.Combine(workDir, "ws-" + Path.GetFileNameWithoutExtension(csv));
        if (Directory.Exists(wsDir))
            Directory.Delete(wsDir, recursive: true);
        var import = Stopwatch.StartNew();
        var importCpu = CpuSeconds();
        long imported;
        using (var ws = WorkspaceAccess.OpenForWriting(wsDir))
        using (var progress = new ProgressReporter(context.Error, "importing"))
            imported = ws.Events.Append(LogReaders.Open(csv, "csv"), progress);
        var importS = import.Elapsed.TotalSeconds;
        importCpu = CpuSeconds() - importCpu;
        context.Out.WriteLine(string.Create(inv, $"import CSV → workspace:    {imported,12:N0} events in {importS,7:F2} s = {imported / importS,12:N0} events/s ({importCpu:F2} CPU-s = {imported / importCpu:N0} events per CPU-s)"));

        var child = new ProcessStartInfo(Environment.ProcessPath ?? "dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(child.FileName) == "dotnet")
            child.ArgumentList.Add(typeof(BenchCommand).Assembly.Location);
        foreach (var arg in new[] { "bench", "--mine-workspace", wsDir })
            child.ArgumentList.Add(arg);
        using var process = Process.Start(child) ?? throw new InvalidOperationException("could not start the mining phase");
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        context.Out.Write(text);
    }

    private static double CpuSeconds()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime.TotalSeconds;
    }

    // The machine may be shared: the load average beside the figures says how far wall times can be trusted.
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static int MinePhase(CliContext context, string workspaceDir)
    {
        var inv = CultureInfo.InvariantCulture;
        var read = Stopwatch.StartNew();
        var readCpu = CpuSeconds();
        Deskmine.Core.Logs.EventLog log;
        using (var ws = WorkspaceAccess.OpenForReading(workspaceDir))
            log = ws.Events.ReadLog(new LogQuery { CaseNotion = CaseNotions.Imported, Classifier = ["activity"], Attributes = [] });
        var readS = read.Elapsed.TotalSeconds;
        readCpu = CpuSeconds() - readCpu;
        var afterRead = PeakMemory.Bytes();
        // The read's transient buffers are garbage now; give them back before mining so the peak is the log plus the miner.
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        context.Out.WriteLine(string.Create(inv, $"read log (columns):        {log.EventCount,12:N0} events in {readS,7:F2} s ({readCpu:F2} CPU-s); peak so far {afterRead / 1e6,6:F0} MB, resident after the read {PeakMemory.ResidentBytes() / 1e6:F0} MB"));
        var result = ProcessMapBenchmark.Run(log);
        var peak = PeakMemory.Bytes();
        context.Out.WriteLine(string.Create(inv, $"DFG + perf DFG + variants: {result.Events,12:N0} events, {result.Cases:N0} cases, {result.Edges} edges, {result.Variants:N0} variants in {result.FullMap.TotalSeconds,7:F3} s (frequency DFG alone {result.FrequencyOnly.TotalSeconds:F3} s, {result.Threads} threads)"));
        context.Out.WriteLine(string.Create(inv, $"peak memory of the mining process (VmHWM): {peak / 1e6:F0} MB"));
        return CliApp.Ok;
    }
}
