namespace Deskmine.Storage.Formats;

/// <summary>
/// How the columns of a generic CSV event log map onto schema v1. Any name left <c>null</c> is detected from
/// the header (see <see cref="Detect"/>); the timestamp must be found one way or the other, and so must case and
/// activity unless the mapping names a desktop column (<see cref="App"/>, <see cref="Window"/>, <see cref="Url"/>):
/// a window-tracking log has neither. Built in code, from the CLI's <c>--columns</c> text (<see cref="WithColumns"/>)
/// or from a mapping file (<see cref="Load"/>).
/// </summary>
public sealed partial record CsvMapping
{
    /// <summary>Header names tried for the case column, in order, compared ignoring case.</summary>
    public static IReadOnlyList<string> CaseCandidates { get; } = ["case:concept:name", "case_id", "case", "caseid", "case id"];

    /// <summary>Header names tried for the activity column.</summary>
    public static IReadOnlyList<string> ActivityCandidates { get; } = ["concept:name", "activity", "event", "activity name"];

    /// <summary>Header names tried for the timestamp column.</summary>
    public static IReadOnlyList<string> TimestampCandidates { get; } = ["time:timestamp", "timestamp", "time", "ts", "start_time", "end_time"];

    /// <summary>Header names tried for the resource column.</summary>
    public static IReadOnlyList<string> ResourceCandidates { get; } = ["org:resource", "resource", "user", "user_id"];

    /// <summary>Case id column; <c>null</c> detects it.</summary>
    public string? Case { get; init; }

    /// <summary>Activity column; <c>null</c> detects it.</summary>
    public string? Activity { get; init; }

    /// <summary>Timestamp column; <c>null</c> detects it.</summary>
    public string? Timestamp { get; init; }

    /// <summary>Resource column (optional); <c>null</c> detects it and goes without when none matches.</summary>
    public string? Resource { get; init; }

    /// <summary>Column with the end time of an interval event (a focus period): <c>duration</c> = end − timestamp. Never detected.</summary>
    public string? End { get; init; }

    /// <summary>Application column (schema <c>app</c>). Never detected.</summary>
    public string? App { get; init; }

    /// <summary>Window title column (schema <c>window</c>). Never detected.</summary>
    public string? Window { get; init; }

    /// <summary>Page address column (schema <c>url</c>). Never detected.</summary>
    public string? Url { get; init; }

    /// <summary>
    /// Exact .NET custom formats of the timestamps (e.g. <c>d-M-yyyy HH:mm</c>), tried in order; a time whose format
    /// has no offset is read in <see cref="TimeZone"/>. <c>null</c> or empty accepts ISO 8601 and
    /// <c>yyyy-MM-dd HH:mm:ss[.fff][zzz]</c>. Used for both the timestamp and the end column.
    /// </summary>
    public IReadOnlyList<string>? TimestampFormats { get; init; }

    /// <summary>The single timestamp format, as a shorthand for a one-element <see cref="TimestampFormats"/>; null when there are none or several.</summary>
    public string? TimestampFormat
    {
        get => TimestampFormats is [var only] ? only : null;
        init => TimestampFormats = value is null ? null : [value];
    }

    /// <summary>
    /// Time zone (IANA id such as <c>Europe/Berlin</c>, or <c>UTC</c>) of times that state no offset; <c>null</c>
    /// reads them as UTC. Times with an offset keep it.
    /// </summary>
    public string? TimeZone { get; init; }

    /// <summary>Field delimiter; <c>null</c> detects it from the header line.</summary>
    public char? Delimiter { get; init; }

    /// <summary>Columns copied into <c>attrs</c>; <c>null</c> copies every column not mapped to a field.</summary>
    public IReadOnlyList<string>? AttributeColumns { get; init; }

    /// <summary>Checks the mapping and throws <see cref="ArgumentException"/> when it is invalid.</summary>
    public void Validate()
    {
        foreach (var (name, value) in new[]
                 {
                     (nameof(Case), Case), (nameof(Activity), Activity), (nameof(Timestamp), Timestamp), (nameof(Resource), Resource),
                     (nameof(End), End), (nameof(App), App), (nameof(Window), Window), (nameof(Url), Url), (nameof(TimeZone), TimeZone),
                 })
        {
            if (value is { Length: 0 })
                throw new ArgumentException($"{name} must be null (detect) or a non-empty name.", name);
        }
        if (TimestampFormats is { } formats && formats.Any(string.IsNullOrWhiteSpace))
            throw new ArgumentException("A timestamp format cannot be empty.", nameof(TimestampFormats));
        foreach (var format in TimestampFormats ?? [])
        {
            // A format .NET cannot use fails here, once, rather than on every row.
            try
            {
                _ = DateTimeOffset.UnixEpoch.ToString(format, System.Globalization.CultureInfo.InvariantCulture);
            }
            catch (FormatException e)
            {
                throw new ArgumentException($"'{format}' is not a valid .NET date and time format: {e.Message}", nameof(TimestampFormats), e);
            }
        }
        _ = Zone();
        if (Delimiter is '"' or '\r' or '\n')
            throw new ArgumentException("The delimiter cannot be a quote or a line break.", nameof(Delimiter));
    }

    /// <summary>Whether the mapping names a desktop column, which makes case and activity optional.</summary>
    public bool IsDesktopLog => App is not null || Window is not null || Url is not null;

    /// <summary>The <see cref="TimeZone"/> resolved, or null; an unknown id is an <see cref="ArgumentException"/>.</summary>
    public TimeZoneInfo? Zone()
    {
        if (TimeZone is null)
            return null;
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new ArgumentException($"'{TimeZone}' is not a known time zone; use an IANA id such as Europe/Berlin, or UTC.", nameof(TimeZone), e);
        }
    }

    /// <summary>The first header name equal (ignoring case) to one of <paramref name="candidates"/>, or <c>null</c>.</summary>
    public static string? Detect(IReadOnlyList<string> header, IReadOnlyList<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(candidates);
        foreach (var candidate in candidates)
        {
            foreach (var name in header)
            {
                if (string.Equals(name.Trim(), candidate, StringComparison.OrdinalIgnoreCase))
                    return name;
            }
        }
        return null;
    }
}
