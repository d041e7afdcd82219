namespace Deskmine.Analysis.Candidates;

/// <summary>One feature's part of a candidate's score: contribution = value × weight.</summary>
/// <param name="Feature">Feature name (<see cref="Features"/>).</param>
/// <param name="Value">Measured value, 0–1.</param>
/// <param name="Weight">Weight from <see cref="CandidateOptions.Weights"/>.</param>
/// <param name="Contribution">Value × weight.</param>
public sealed record ScorePart(string Feature, double Value, double Weight, double Contribution);
