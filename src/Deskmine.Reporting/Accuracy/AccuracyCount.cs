namespace Deskmine.Reporting.Accuracy;

/// <summary>One count found by recognition beside the true count.</summary>
/// <param name="Label">What is counted (<c>Task types</c>).</param>
/// <param name="Found">How many recognition found.</param>
/// <param name="True">How many the truth holds.</param>
public sealed record AccuracyCount(string Label, long Found, long True);
