using Deskmine.Privacy.Policies;
using Deskmine.Storage.Formats;

namespace Deskmine.Workspaces.Imports;

/// <summary>Which log file an <see cref="ImportRun"/> reads, and how.</summary>
public sealed record ImportRequest
{
    /// <summary>The log file: Action Logger CSV, CPN CSV, CSV, XES or XES.gz.</summary>
    public required string Path { get; init; }

    /// <summary>Input format (<c>actionlogger</c>, <c>cpn</c>, <c>csv</c>, <c>xes</c>, <c>activitywatch</c>, <c>deskmine</c>); <c>null</c> guesses from the file.</summary>
    public string? Format { get; init; }

    /// <summary>How UTC offsets in timestamps are read.</summary>
    public TimeOffsets Offsets { get; init; } = TimeOffsets.Auto;

    /// <summary>Name of this import batch, stored as the events' session; <c>null</c> uses the file name.</summary>
    public string? Session { get; init; }

    /// <summary>Text encoding of a CSV file; strict UTF-8 unless set (see <see cref="InputEncoding"/>).</summary>
    public InputEncoding Encoding { get; init; } = InputEncoding.Utf8;

    /// <summary>
    /// Import even when a file with the same content is already in the workspace (its events are then stored
    /// twice). Off by default: the same file again is refused.
    /// </summary>
    public bool Append { get; init; }

    /// <summary>Column mapping, delimiter, timestamp formats and time zone of a generic CSV file; <c>null</c> detects the columns.</summary>
    public CsvMapping? Mapping { get; init; }

    /// <summary>
    /// Capture policy whose privacy filter every event passes before anything is written (see <c>docs/policy.md</c>);
    /// <c>null</c> imports the file as it is. Dropped events are counted in <see cref="ImportRunResult.Privacy"/>.
    /// </summary>
    public CapturePolicy? Policy { get; init; }
}
