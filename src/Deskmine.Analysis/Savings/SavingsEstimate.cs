namespace Deskmine.Analysis.Savings;

/// <summary>What automating one candidate with one technology saves per year and what it costs.</summary>
/// <param name="Technology">The technology.</param>
/// <param name="AutomatableShare">Share of handling time the technology takes over.</param>
/// <param name="HoursPerYear">Handling hours saved per year.</param>
/// <param name="Fte">Full-time equivalents saved.</param>
/// <param name="SavingsPerYear">Hours saved × hourly rate.</param>
/// <param name="ImplementationCost">One-off cost.</param>
/// <param name="YearlyUpkeep">Yearly running cost.</param>
/// <param name="NetPerYear">Savings per year − upkeep.</param>
/// <param name="PaybackMonths">Implementation cost ÷ (net per year ÷ 12); <c>null</c> when the net saving is not positive (it never pays back).</param>
public sealed record SavingsEstimate(
    string Technology, double AutomatableShare, double HoursPerYear, double Fte, double SavingsPerYear,
    double ImplementationCost, double YearlyUpkeep, double NetPerYear, double? PaybackMonths);
