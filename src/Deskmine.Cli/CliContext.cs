namespace Deskmine.Cli;

/// <summary>What every command needs from its host: the clock and the two output streams.</summary>
/// <param name="Time">The clock; tests pass a fake one.</param>
/// <param name="Out">Standard output: results (JSON, tables, paths).</param>
/// <param name="Error">Standard error: progress, warnings and errors.</param>
public sealed record CliContext(TimeProvider Time, TextWriter Out, TextWriter Error)
{
    /// <summary>Standard input (passwords); tests pass their own.</summary>
    public TextReader In { get; init; } = Console.In;
}
