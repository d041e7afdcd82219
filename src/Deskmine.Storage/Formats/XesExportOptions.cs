using Deskmine.Core.Events;

namespace Deskmine.Storage.Formats;

/// <summary>Options of <see cref="XesWriter"/>.</summary>
public sealed record XesExportOptions
{
    /// <summary>Default options: traces by case id (else session), activity as stated (else a composed label).</summary>
    public static XesExportOptions Default { get; } = new();

    /// <summary>Trace key of an event; <c>null</c> uses <see cref="UiEvent.CaseId"/>, falling back to <see cref="UiEvent.Session"/>.</summary>
    public Func<UiEvent, string?>? CaseOf { get; init; }

    /// <summary>Event name (<c>concept:name</c>); <c>null</c> uses <see cref="XesWriter.DefaultActivity"/>.</summary>
    public Func<UiEvent, string>? ActivityOf { get; init; }

    /// <summary>Gzip the output; <c>null</c> compresses when the path ends in <c>.gz</c>.</summary>
    public bool? Compress { get; init; }

    /// <summary>
    /// Also write the import bookkeeping of imported events (<c>deskmine:id</c>, <c>session</c>, <c>seq</c>,
    /// <c>source_row</c>, <c>source</c>, <c>kind</c> = activity), so a re-import restores them exactly. Off by
    /// default: they describe Deskmine's import, not the process, and took more room than the log itself
    /// (<c>bpic2012</c>: 74 MB → 180 MB). Recorded events (source not <c>import:*</c>) always carry them.
    /// </summary>
    public bool Provenance { get; init; }

    /// <summary>Told the number of events written so far (every 65,536 and at the end).</summary>
    public IProgress<long>? Progress { get; init; }

    /// <summary>
    /// Told the number of events read and grouped into traces so far, before writing starts (every 65,536 and at the
    /// end): reading a large store is the first half of an export.
    /// </summary>
    public IProgress<long>? ReadProgress { get; init; }
}
