namespace Deskmine.Analysis.Compliance.Replay;

/// <summary>A case whose alignment search stopped at a bound.</summary>
/// <param name="Case">The case id.</param>
/// <param name="Reason">Which bound stopped it (states, time per variant, time in total).</param>
public sealed record GaveUpCase(string Case, string Reason);
