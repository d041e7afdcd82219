using Deskmine.Core.Events;

namespace Deskmine.Storage.Formats;

/// <summary>Options of <see cref="CsvWriter"/>.</summary>
public sealed record CsvExportOptions
{
    /// <summary>Default options: comma, schema columns only.</summary>
    public static CsvExportOptions Default { get; } = new();

    /// <summary>Field delimiter (default comma).</summary>
    public char Delimiter { get; init; } = ',';

    /// <summary>Names of extra columns written after the schema columns (e.g. <c>segment</c>, <c>task_type</c>).</summary>
    public IReadOnlyList<string> ExtraColumns { get; init; } = [];

    /// <summary>Values of the extra columns for one event, one per name in <see cref="ExtraColumns"/>.</summary>
    public Func<UiEvent, IReadOnlyList<string?>>? ExtraValues { get; init; }

    /// <summary>Checks the options and throws <see cref="ArgumentException"/> when they are inconsistent.</summary>
    public void Validate()
    {
        if (Delimiter is '"' or '\r' or '\n')
            throw new ArgumentException("The delimiter cannot be a quote or a line break.", nameof(Delimiter));
        ArgumentNullException.ThrowIfNull(ExtraColumns);
        if (ExtraColumns.Count > 0 && ExtraValues is null)
            throw new ArgumentException("Extra columns need an ExtraValues function.", nameof(ExtraValues));
        var seen = new HashSet<string>(UiEventFields.All, StringComparer.Ordinal);
        foreach (var name in ExtraColumns)
        {
            if (string.IsNullOrEmpty(name) || !seen.Add(name))
                throw new ArgumentException($"Extra column '{name}' is empty or repeats a schema or extra column.", nameof(ExtraColumns));
        }
    }
}
