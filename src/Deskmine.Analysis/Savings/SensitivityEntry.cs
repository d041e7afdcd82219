namespace Deskmine.Analysis.Savings;

/// <summary>How savings and payback move when one assumption moves down and up (by ±25 % by default).</summary>
/// <param name="Assumption">The assumption's key in the assumptions file (technology ones: <c>automatable_share</c>, <c>implementation_cost</c>, <c>yearly_upkeep</c>).</param>
/// <param name="Low">The assumption moved down.</param>
/// <param name="High">The assumption moved up.</param>
/// <param name="SavingsLow">Savings per year with <paramref name="Low"/>.</param>
/// <param name="SavingsHigh">Savings per year with <paramref name="High"/>.</param>
/// <param name="PaybackLow">Payback in months with <paramref name="Low"/> (<c>null</c>: never).</param>
/// <param name="PaybackHigh">Payback in months with <paramref name="High"/> (<c>null</c>: never).</param>
/// <param name="Swing">The larger of the relative swings of savings and payback (a payback of never counts as
/// <see cref="SavingsCalculator.NeverMonths"/>), the sort key.</param>
public sealed record SensitivityEntry(
    string Assumption, double Low, double High, double SavingsLow, double SavingsHigh, double? PaybackLow, double? PaybackHigh, double Swing);
