namespace Deskmine.Core.Errors;

/// <summary>
/// Bad input from a user: a malformed line, an unknown column, a corrupt file. Names what and where so the
/// message can be shown as it is.
/// </summary>
public sealed class InputException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="source">File, request or other origin of the input.</param>
    /// <param name="line">1-based line in the file, when known.</param>
    /// <param name="column">Column name or 1-based position, when known.</param>
    /// <param name="problem">What was wrong and what was expected.</param>
    /// <param name="inner">The underlying error, if any.</param>
    public InputException(string source, long? line, string? column, string problem, Exception? inner = null)
        : base(Format(source, line, column, problem), inner)
    {
        Source = source;
        Line = line;
        Column = column;
        Problem = problem;
    }

    /// <summary>File, request or other origin of the input.</summary>
    public new string Source { get; }

    /// <summary>1-based line, when known.</summary>
    public long? Line { get; }

    /// <summary>Column name or position, when known.</summary>
    public string? Column { get; }

    /// <summary>What was wrong and what was expected.</summary>
    public string Problem { get; }

    private static string Format(string source, long? line, string? column, string problem)
    {
        var where = source;
        if (line is { } l)
            where += $", line {l}";
        // A position reads as a number ("column 6"), a header name in quotes ("column 'timestamp'").
        if (!string.IsNullOrEmpty(column))
            where += column.All(char.IsAsciiDigit) ? $", column {column}" : $", column '{column}'";
        return $"{where}: {problem}";
    }
}
