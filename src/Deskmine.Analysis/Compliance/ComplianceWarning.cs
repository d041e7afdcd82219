namespace Deskmine.Analysis.Compliance;

/// <summary>A likely mistake in the rules: an activity that occurs in no case of the log.</summary>
/// <param name="Rule">The rule that names the activity.</param>
/// <param name="Activity">The activity as the rule spells it.</param>
/// <param name="Closest">The log's activity names closest to it, closest first.</param>
public sealed record ComplianceWarning(string Rule, string Activity, IReadOnlyList<string> Closest)
{
    /// <summary>The warning as a sentence.</summary>
    public string Message => Closest.Count == 0
        ? $"rule {Rule}: activity '{Activity}' occurs in no case"
        : $"rule {Rule}: activity '{Activity}' occurs in no case; closest: {string.Join(", ", Closest.Select(c => $"'{c}'"))}";
}
