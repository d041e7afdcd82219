namespace Deskmine.Analysis.Compliance;

/// <summary>Violations among the cases of one group (a team, or any attribute value).</summary>
/// <param name="Value">The group's value, e.g. the team's name.</param>
/// <param name="Cases">Cases of the group.</param>
/// <param name="Violating">Cases of the group that violate at least one rule.</param>
/// <param name="ByRule">Per rule id, the group's violating cases.</param>
public sealed record GroupRate(string Value, int Cases, int Violating, IReadOnlyDictionary<string, int> ByRule)
{
    /// <summary>Share of the group's cases that violate at least one rule (0 when the group has no case).</summary>
    public double Rate => Cases == 0 ? 0 : (double)Violating / Cases;
}
