namespace Deskmine.Analysis.Compliance.Reference;

/// <summary>Departures from the procedure among one team's instances (only teams with at least k people).</summary>
/// <param name="Team">The team.</param>
/// <param name="People">Distinct people of the team who did the task.</param>
/// <param name="Instances">The team's instances of the task.</param>
/// <param name="Deviating">Instances that depart from the procedure in any way.</param>
/// <param name="Skipped">Instances that skip a prescribed step.</param>
/// <param name="Added">Instances with a step the procedure does not prescribe.</param>
/// <param name="Reordered">Instances that do prescribed steps out of order.</param>
/// <param name="OtherApplications">Instances that use an application the procedure does not.</param>
public sealed record ReferenceTeamRate(string Team, int People, int Instances, int Deviating, int Skipped, int Added, int Reordered, int OtherApplications)
{
    /// <summary>Share of the team's instances that depart from the procedure (0 without instances).</summary>
    public double Rate => Instances == 0 ? 0 : (double)Deviating / Instances;
}
