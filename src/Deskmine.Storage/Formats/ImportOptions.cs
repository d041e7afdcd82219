namespace Deskmine.Storage.Formats;

/// <summary>Options shared by every log reader (see <c>docs/formats.md</c>).</summary>
public sealed record ImportOptions
{
    /// <summary>Default options: session from the file name, generic CSV columns detected from the header.</summary>
    public static ImportOptions Default { get; } = new();

    /// <summary>
    /// Import batch id written to <see cref="Core.Events.UiEvent.Session"/>; <c>null</c> uses the file name
    /// (or the source name given to a text-reader overload).
    /// </summary>
    public string? Session { get; init; }

    /// <summary>Column mapping for the generic CSV reader; <c>null</c> detects common column names.</summary>
    public CsvMapping? Mapping { get; init; }

    /// <summary>
    /// What to do with UTC offsets in timestamps. <see cref="TimeOffsets.Auto"/> (default): XES keeps the local
    /// clock reading and drops the offset, as pm4py does; every other format converts to true UTC.
    /// </summary>
    public TimeOffsets Offsets { get; init; } = TimeOffsets.Auto;

    /// <summary>Text encoding of CSV logs and whether undecodable bytes are replaced; default strict UTF-8.</summary>
    public InputEncoding Encoding { get; init; } = InputEncoding.Utf8;

    /// <summary>
    /// Longest value of one field (a CSV cell, an XES attribute value) in characters; a longer one is an error
    /// naming its line. Default 1,048,576 (1 Mi characters): far above any UI label or clipboard text, and it
    /// bounds the memory one hostile value can take.
    /// </summary>
    public int MaxFieldLength { get; init; } = DefaultMaxFieldLength;

    /// <summary>Default of <see cref="MaxFieldLength"/>.</summary>
    public const int DefaultMaxFieldLength = 1 << 20;

    /// <summary>Checks the options and throws <see cref="ArgumentException"/> when one is invalid.</summary>
    public void Validate()
    {
        if (Session is { Length: 0 })
            throw new ArgumentException("Session must be null (file name) or non-empty.", nameof(Session));
        Mapping?.Validate();
        ArgumentNullException.ThrowIfNull(Encoding);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxFieldLength, 64, nameof(MaxFieldLength));
        if (!Enum.IsDefined(Offsets))
            throw new ArgumentException($"Offsets must be one of {string.Join(", ", Enum.GetNames<TimeOffsets>())}.", nameof(Offsets));
    }

    /// <summary>Whether a reader of XES (<paramref name="xes"/>) or another format keeps clock readings and drops offsets.</summary>
    internal bool LocalClock(bool xes) => Offsets == TimeOffsets.Ignore || (Offsets == TimeOffsets.Auto && xes);

    internal string SessionFor(string source) => Session ?? Path.GetFileName(source);
}
