using Deskmine.Storage.Formats;

namespace Deskmine.Workspaces.Sources;

/// <summary>How <see cref="LogSources.Load"/> reads a log file (a workspace folder ignores these settings).</summary>
public sealed record LogSourceOptions
{
    /// <summary>The default settings: format guessed from the file, UTC offsets as the format reads them.</summary>
    public static LogSourceOptions Default { get; } = new();

    /// <summary>Input format (<c>actionlogger</c>, <c>cpn</c>, <c>csv</c>, <c>xes</c>); <c>null</c> guesses from the file.</summary>
    public string? Format { get; init; }

    /// <summary>How UTC offsets in timestamps are read.</summary>
    public TimeOffsets Offsets { get; init; } = TimeOffsets.Auto;

    /// <summary>
    /// Flattens an object-centric log (an OCEL 2.0 file, or a workspace it was imported into) on this object type:
    /// each object of the type is a case (see <see cref="Storage.Formats.Ocel.OcelFlattening"/>); <c>null</c> reads the
    /// log as it is. Applies to workspace folders too.
    /// </summary>
    public string? ObjectType { get; init; }

    /// <summary>Told how many events of a file have been read so far; never called for a workspace folder.</summary>
    public IProgress<long>? Progress { get; init; }
}
