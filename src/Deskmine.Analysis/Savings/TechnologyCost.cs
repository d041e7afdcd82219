namespace Deskmine.Analysis.Savings;

/// <summary>What one technology saves and costs.</summary>
/// <param name="AutomatableShare">Share (0–1) of a candidate's handling time the technology takes over.</param>
/// <param name="ImplementationCost">One-off cost of building it for one candidate (currency of the assumptions).</param>
/// <param name="YearlyUpkeep">Yearly cost of running and maintaining it.</param>
public sealed record TechnologyCost(double AutomatableShare, double ImplementationCost, double YearlyUpkeep);
