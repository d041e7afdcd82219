using Deskmine.Analysis.Assumptions;
using Deskmine.Analysis.Work;

namespace Deskmine.Analysis.Savings;

/// <summary>
/// Savings and payback of automating a candidate, and their sensitivity to each assumption:
/// <code>
/// hours saved/year = handling hours observed ÷ observed days × working days per year × automatable share
/// savings/year     = hours saved × hourly rate          payback (months) = implementation ÷ ((savings − upkeep) ÷ 12)
/// </code>
/// </summary>
public static class SavingsCalculator
{
    /// <summary>A payback that never happens counts as this many months (100 years) when swings are compared.</summary>
    public const double NeverMonths = 1200;

    /// <summary>How far each assumption moves in the sensitivity analysis: ±25 %.</summary>
    public const double Step = 0.25;

    /// <summary>Savings of automating <paramref name="hoursObserved"/> handling hours with <paramref name="technology"/>.</summary>
    public static SavingsEstimate Estimate(double hoursObserved, ObservedPeriod period, string technology, AnalysisAssumptions assumptions)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(assumptions);
        var cost = assumptions.Technologies[technology];
        var hours = period.PerYear(hoursObserved, assumptions.WorkingDaysPerYear) * cost.AutomatableShare;
        var savings = hours * assumptions.HourlyRate;
        var net = savings - cost.YearlyUpkeep;
        return new SavingsEstimate(technology, cost.AutomatableShare, hours, hours / assumptions.HoursPerFte, savings,
            cost.ImplementationCost, cost.YearlyUpkeep, net, net > 0 ? cost.ImplementationCost / (net / 12) : null);
    }

    /// <summary>Each assumption that enters the estimate moved by ±<see cref="Step"/>, biggest swing first.</summary>
    public static IReadOnlyList<SensitivityEntry> Sensitivity(double hoursObserved, ObservedPeriod period, string technology, AnalysisAssumptions assumptions)
    {
        ArgumentNullException.ThrowIfNull(assumptions);
        var baseline = Estimate(hoursObserved, period, technology, assumptions);
        var cost = assumptions.Technologies[technology];
        AnalysisAssumptions WithCost(TechnologyCost c) => assumptions with
        {
            Technologies = new Dictionary<string, TechnologyCost>(assumptions.Technologies, StringComparer.Ordinal) { [technology] = c },
        };
        (string, double, Func<double, AnalysisAssumptions>)[] moves =
        [
            ("working_days_per_year", assumptions.WorkingDaysPerYear, v => assumptions with { WorkingDaysPerYear = v }),
            ("hourly_rate", assumptions.HourlyRate, v => assumptions with { HourlyRate = v }),
            ("automatable_share", cost.AutomatableShare, v => WithCost(cost with { AutomatableShare = Math.Min(1, v) })),
            ("implementation_cost", cost.ImplementationCost, v => WithCost(cost with { ImplementationCost = v })),
            ("yearly_upkeep", cost.YearlyUpkeep, v => WithCost(cost with { YearlyUpkeep = v })),
        ];
        return [.. moves.Select(m =>
        {
            var (name, value, apply) = m;
            var low = value * (1 - Step);
            var high = name == "automatable_share" ? Math.Min(1, value * (1 + Step)) : value * (1 + Step);
            var l = Estimate(hoursObserved, period, technology, apply(low));
            var h = Estimate(hoursObserved, period, technology, apply(high));
            return new SensitivityEntry(name, low, high, l.SavingsPerYear, h.SavingsPerYear, l.PaybackMonths, h.PaybackMonths,
                Math.Max(Relative(l.SavingsPerYear, h.SavingsPerYear, baseline.SavingsPerYear),
                    Relative(l.PaybackMonths ?? NeverMonths, h.PaybackMonths ?? NeverMonths, baseline.PaybackMonths ?? NeverMonths)));
        }).OrderByDescending(e => e.Swing).ThenBy(e => e.Assumption, StringComparer.Ordinal)];
    }

    private static double Relative(double low, double high, double baseline) =>
        baseline == 0 ? 0 : Math.Abs(high - low) / Math.Abs(baseline);
}
