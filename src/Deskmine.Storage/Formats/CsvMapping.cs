namespace Deskmine.Storage.Formats;

/// <summary>
/// How the columns of a generic CSV event log map onto schema v1. Any name left <c>null</c> is detected from
/// the header (see <see cref="Detect"/>); case, activity and timestamp must be found one way or the other.
/// </summary>
public sealed record CsvMapping
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

    /// <summary>
    /// Exact .NET format of the timestamps (e.g. <c>dd.MM.yyyy HH:mm</c>), read as UTC unless it has an offset;
    /// <c>null</c> accepts ISO 8601 and <c>yyyy-MM-dd HH:mm:ss[.fff][zzz]</c>.
    /// </summary>
    public string? TimestampFormat { get; init; }

    /// <summary>Field delimiter; <c>null</c> detects it from the header line.</summary>
    public char? Delimiter { get; init; }

    /// <summary>Columns copied into <c>attrs</c>; <c>null</c> copies every column not mapped to a field.</summary>
    public IReadOnlyList<string>? AttributeColumns { get; init; }

    /// <summary>Checks the mapping and throws <see cref="ArgumentException"/> when it is invalid.</summary>
    public void Validate()
    {
        foreach (var (name, value) in new[] { (nameof(Case), Case), (nameof(Activity), Activity), (nameof(Timestamp), Timestamp), (nameof(Resource), Resource), (nameof(TimestampFormat), TimestampFormat) })
        {
            if (value is { Length: 0 })
                throw new ArgumentException($"{name} must be null (detect) or a non-empty name.", name);
        }
        if (Delimiter is '"' or '\r' or '\n')
            throw new ArgumentException("The delimiter cannot be a quote or a line break.", nameof(Delimiter));
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
