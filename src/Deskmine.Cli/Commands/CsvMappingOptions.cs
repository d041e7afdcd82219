using System.CommandLine;
using Deskmine.Storage.Formats;

namespace Deskmine.Cli.Commands;

/// <summary>The options of <c>import</c> that say how a generic CSV file's columns and times are read (a <see cref="CsvMapping"/>).</summary>
internal sealed class CsvMappingOptions
{
    private readonly Option<string?> _columns = new("--columns")
    {
        Description = "CSV columns per schema field, e.g. ts=Begin,end=End,app=App,window=Title (fields: "
            + string.Join(", ", CsvMapping.FieldNames) + "); unmapped columns are kept as attributes",
        HelpName = "FIELD=COLUMN,…",
    };

    private readonly Option<string?> _delimiter = new("--delimiter")
    {
        Description = "CSV field delimiter: one character, or tab, semicolon, comma, pipe (detected from the header when omitted)",
        HelpName = "C",
    };

    private readonly Option<string[]> _timestampFormats = new("--timestamp-format")
    {
        Description = ".NET custom format of the CSV times, e.g. 'd-M-yyyy HH:mm' (repeatable: tried in order; ISO 8601 when omitted)",
        HelpName = "FORMAT",
    };

    private readonly Option<string?> _timezone = new("--timezone")
    {
        Description = "Time zone of CSV times without an offset, e.g. Europe/Berlin (UTC when omitted)",
        HelpName = "TZ",
    };

    private readonly Option<string?> _mappingFile = new("--mapping")
    {
        Description = "JSON file with a saved CSV mapping (columns, delimiter, timestampFormats, timezone, attributes); the options above override it",
        HelpName = "FILE",
    };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { _columns, _delimiter, _timestampFormats, _timezone, _mappingFile })
            command.Options.Add(option);
    }

    /// <summary>The mapping the options describe, or null when none of them was given (columns are then detected).</summary>
    /// <exception cref="UsageException">A malformed column list, delimiter, format or time zone.</exception>
    public CsvMapping? Mapping(ParseResult parse)
    {
        var file = parse.GetValue(_mappingFile);
        var columns = parse.GetValue(_columns);
        var delimiter = parse.GetValue(_delimiter);
        var formats = parse.GetValue(_timestampFormats) ?? [];
        var timezone = parse.GetValue(_timezone);
        if (file is null && columns is null && delimiter is null && formats.Length == 0 && timezone is null)
            return null;
        // A mapping file's own errors are input errors naming the file and line.
        var mapping = file is null ? new CsvMapping() : CsvMapping.Load(file);
        try
        {
            if (columns is not null)
                mapping = mapping.WithColumns(columns);
            if (delimiter is not null)
                mapping = mapping with { Delimiter = CsvMapping.ParseDelimiter(delimiter) };
            if (formats.Length > 0)
                mapping = mapping with { TimestampFormats = formats };
            if (timezone is not null)
                mapping = mapping with { TimeZone = timezone };
            mapping.Validate();
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message.Split(" (Parameter", 2)[0]);
        }
        return mapping;
    }
}
