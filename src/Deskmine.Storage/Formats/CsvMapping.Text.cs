namespace Deskmine.Storage.Formats;

public sealed partial record CsvMapping
{
    /// <summary>The schema field names a column mapping text or file may assign, with the aliases accepted for them.</summary>
    public static IReadOnlyList<string> FieldNames { get; } = ["ts", "end", "case", "activity", "user", "app", "window", "url"];

    /// <summary>
    /// This mapping with the columns of <paramref name="spec"/> assigned: comma-separated <c>field=column</c> pairs,
    /// e.g. <c>ts=Begin,end=End,app=App,window=Title</c>. Fields are <see cref="FieldNames"/> (also <c>timestamp</c>,
    /// <c>resource</c>, <c>case_id</c>); a column name may contain any character but a comma and is used as written.
    /// </summary>
    /// <exception cref="ArgumentException">A pair has no <c>=</c>, an unknown or repeated field, or an empty column.</exception>
    public CsvMapping WithColumns(string spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var mapping = this;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pair in spec.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
                throw new ArgumentException($"'{pair}' is not FIELD=COLUMN; expected e.g. ts=Begin,app=App.", nameof(spec));
            var field = pair[..eq].Trim().ToLowerInvariant();
            var column = pair[(eq + 1)..].Trim();
            mapping = mapping.WithColumn(field, column);
            if (!seen.Add(Canonical(field)!))
                throw new ArgumentException($"the field '{field}' is mapped twice.", nameof(spec));
        }
        if (seen.Count == 0)
            throw new ArgumentException("no FIELD=COLUMN pair given.", nameof(spec));
        return mapping;
    }

    /// <summary>This mapping with schema field <paramref name="field"/> (one of <see cref="FieldNames"/> or an alias) read from <paramref name="column"/>.</summary>
    /// <exception cref="ArgumentException">Unknown field or empty column name.</exception>
    public CsvMapping WithColumn(string field, string column)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(column);
        if (column.Length == 0)
            throw new ArgumentException($"the column for '{field}' is empty.", nameof(column));
        return Canonical(field) switch
        {
            "ts" => this with { Timestamp = column },
            "end" => this with { End = column },
            "case" => this with { Case = column },
            "activity" => this with { Activity = column },
            "user" => this with { Resource = column },
            "app" => this with { App = column },
            "window" => this with { Window = column },
            "url" => this with { Url = column },
            _ => throw new ArgumentException($"'{field}' is not a field a column can be mapped to; expected one of {string.Join(", ", FieldNames)}.", nameof(field)),
        };
    }

    /// <summary>
    /// A delimiter from its text: one character, or <c>tab</c> / <c>\t</c>, <c>semicolon</c>, <c>comma</c>, <c>pipe</c>.
    /// </summary>
    /// <exception cref="ArgumentException">Not one character or a known name.</exception>
    public static char ParseDelimiter(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.ToLowerInvariant() switch
        {
            "tab" or "\\t" or "\t" => '\t',
            "semicolon" => ';',
            "comma" => ',',
            "pipe" => '|',
            { Length: 1 } => text[0] is '"' or '\r' or '\n'
                ? throw new ArgumentException("The delimiter cannot be a quote or a line break.", nameof(text))
                : text[0],
            _ => throw new ArgumentException($"'{text}' is not a delimiter; give one character, or tab, semicolon, comma or pipe.", nameof(text)),
        };
    }

    private static string? Canonical(string field) => field.ToLowerInvariant() switch
    {
        "ts" or "timestamp" => "ts",
        "end" => "end",
        "case" or "case_id" => "case",
        "activity" => "activity",
        "user" or "resource" => "user",
        "app" => "app",
        "window" => "window",
        "url" => "url",
        _ => null,
    };
}
