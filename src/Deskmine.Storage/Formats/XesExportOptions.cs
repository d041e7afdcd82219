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
}
