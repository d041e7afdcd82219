namespace Deskmine.Reporting.Accuracy;

/// <summary>One score of recognition against the truth.</summary>
/// <param name="Label">The score's name as <c>deskmine eval</c> prints it (<c>boundary F1</c>).</param>
/// <param name="Value">Its value, 0–1.</param>
/// <param name="Meaning">What it measures, in one sentence.</param>
/// <param name="LowerIsBetter">True for distances (edit distance), false for scores where 1 is perfect.</param>
public sealed record AccuracyScore(string Label, double Value, string Meaning, bool LowerIsBetter = false);
