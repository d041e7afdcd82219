using Deskmine.Core;
using Deskmine.Core.Errors;
using Deskmine.Storage.Formats;

namespace Deskmine.Fuzz.Targets;

/// <summary>
/// The log readers behind <c>deskmine import</c>, each fed a file of the fuzzer's bytes through
/// <see cref="LogReaders.Open"/>. Allowed ends: events, or an <see cref="InputException"/> that names the file.
/// Every event read must have a timestamp in years 1–9999 (what export and reports can format).
/// </summary>
internal static class LogFileTargets
{
    // Enough to reach every reader state; more only slows the fuzzer down on a large accepted input.
    private const int MaxEvents = 10_000;

    public static IEnumerable<FuzzTarget> All() =>
    [
        Target("csv", LogFormats.Csv, ".csv", "generic CSV event log (case, activity, timestamp, resource, any columns)"),
        Target("actionlogger", LogFormats.ActionLogger, ".csv", "Action Logger / SmartRPA UI log"),
        Target("cpn", LogFormats.Cpn, ".csv", "UI log simulated from coloured Petri nets"),
        Target("deskmine-csv", LogFormats.Deskmine, ".csv", "Deskmine's own CSV export"),
        Target("xes", LogFormats.Xes, ".xes", "XES (IEEE 1849) document"),
        Target("xes-gz", LogFormats.Xes, ".xes.gz", "gzip-compressed XES: the fuzzer's bytes are the compressed file"),
        Target("detect", null, ".log", "format detection from the first line, then the detected reader"),
    ];

    private static FuzzTarget Target(string name, string? format, string extension, string what) =>
        new(name, $"{what}; finding: any exception but InputException naming the file, or a timestamp outside years 1-9999",
            data => Read(data, format, extension));

    private static void Read(byte[] data, string? format, string extension)
    {
        var path = Scratch.Write(data, extension);
        try
        {
            var count = 0;
            foreach (var e in LogReaders.Open(path, format))
            {
                if (e.Ts is { } ts && !Timestamps.IsInRange(ts))
                    throw new InvariantBrokenException($"event {count + 1} has timestamp {ts} µs, outside years 1-9999");
                if (++count >= MaxEvents)
                    break;
            }
        }
        catch (InputException e) when (e.Message.Contains(Path.GetFileName(path), StringComparison.Ordinal))
        {
            // The documented refusal.
        }
        catch (InputException e)
        {
            throw new InvariantBrokenException($"the error does not name the file: {e.Message}");
        }
    }
}
