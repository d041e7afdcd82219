using Deskmine.Core.Errors;

namespace Deskmine.Analysis.Compliance.Replay;

/// <summary>Which conformance methods run and how far the alignment search may go.</summary>
public sealed record ModelCheckOptions
{
    /// <summary>The default settings.</summary>
    public static ModelCheckOptions Default { get; } = new();

    /// <summary>The methods to run. Default <see cref="ConformanceMethod.Alignments"/>.</summary>
    public ConformanceMethod Methods { get; init; } = ConformanceMethod.Alignments;

    /// <summary>
    /// Most search states one variant's alignment may visit before the case is reported as given up. Default
    /// 500,000 (well under 100 MB for nets of about 50 places: a state is a byte per place plus about 60 bytes of bookkeeping).
    /// </summary>
    public int MaxStatesPerVariant { get; init; } = 500_000;

    /// <summary>Longest time one variant's alignment may take. Default 10 s.</summary>
    public TimeSpan MaxTimePerVariant { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Longest time all alignments of one log may take; variants left then are given up. Default 5 min.</summary>
    public TimeSpan MaxTimeTotal { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Most silent transitions token replay fires in a row to enable the next one. Default 64.</summary>
    public int MaxSilentSteps { get; init; } = 64;

    /// <summary>Clock for the time bounds.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Checks every setting.</summary>
    /// <exception cref="InputException">A setting is out of range.</exception>
    public void Validate()
    {
        if ((Methods & ConformanceMethod.Both) == 0 || (Methods & ~ConformanceMethod.Both) != 0)
            throw new InputException(nameof(ModelCheckOptions), null, nameof(Methods), "expected alignments, token replay or both");
        if (MaxStatesPerVariant < 1)
            throw new InputException(nameof(ModelCheckOptions), null, nameof(MaxStatesPerVariant), $"expected at least 1, got {MaxStatesPerVariant}");
        if (MaxTimePerVariant <= TimeSpan.Zero || MaxTimeTotal <= TimeSpan.Zero)
            throw new InputException(nameof(ModelCheckOptions), null, nameof(MaxTimeTotal), "expected time bounds above zero");
        if (MaxSilentSteps is < 0 or > 10_000)
            throw new InputException(nameof(ModelCheckOptions), null, nameof(MaxSilentSteps), $"expected 0 to 10,000, got {MaxSilentSteps}");
        if (Clock is null)
            throw new InputException(nameof(ModelCheckOptions), null, nameof(Clock), "expected a clock");
    }
}
