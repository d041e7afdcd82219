namespace Deskmine.Analysis.Compliance.Replay;

/// <summary>How well one case fits the model under one method.</summary>
/// <param name="Case">The case id.</param>
/// <param name="Fitness">Between 0 and 1; 1 when the case fits.</param>
/// <param name="Fits">Whether the case fits (no deviation at all).</param>
/// <param name="Cost">Alignments: log moves plus visible model moves. Token replay: missing plus remaining tokens.</param>
public sealed record CaseFitness(string Case, double Fitness, bool Fits, int Cost);
