using Deskmine.Analysis.Advice;
using Deskmine.Analysis.Assumptions;
using Deskmine.Analysis.Savings;
using Deskmine.Analysis.Work;

namespace Deskmine.Analysis.Tests.Savings;

public sealed class SavingsCalculatorTests
{
    private static readonly ObservedPeriod TenDays = new(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, 10);

    private static AnalysisAssumptions Assumptions() => AnalysisAssumptions.Default with
    {
        WorkingDaysPerYear = 200,
        HoursPerFte = 1000,
        HourlyRate = 50,
        Technologies = new Dictionary<string, TechnologyCost>(AnalysisAssumptions.Default.Technologies) { [Technologies.Rpa] = new(0.5, 24_000, 2_000) },
    };

    [Fact]
    public void Hours_money_and_payback_follow_from_the_assumptions()
    {
        // 100 h in 10 days → 2,000 h a year; half automatable → 1,000 h → 50,000 a year; net 48,000 → 6 months.
        var s = SavingsCalculator.Estimate(100, TenDays, Technologies.Rpa, Assumptions());

        Assert.Equal(1000, s.HoursPerYear, 9);
        Assert.Equal(1, s.Fte, 9);
        Assert.Equal(50_000, s.SavingsPerYear, 9);
        Assert.Equal(48_000, s.NetPerYear, 9);
        Assert.Equal(6, s.PaybackMonths!.Value, 9);
    }

    [Fact]
    public void Savings_below_the_upkeep_never_pay_back()
    {
        Assert.Null(SavingsCalculator.Estimate(1, TenDays, Technologies.Rpa, Assumptions()).PaybackMonths);
    }

    [Fact]
    public void Each_assumption_moves_by_a_quarter_and_the_biggest_swing_comes_first()
    {
        var entries = SavingsCalculator.Sensitivity(100, TenDays, Technologies.Rpa, Assumptions());

        Assert.Equal(5, entries.Count);
        Assert.True(entries.Zip(entries.Skip(1)).All(p => p.First.Swing >= p.Second.Swing));
        var rate = entries.Single(e => e.Assumption == "hourly_rate");
        Assert.Equal(37.5, rate.Low, 9);
        Assert.Equal(62.5, rate.High, 9);
        Assert.Equal(37_500, rate.SavingsLow, 9);
        Assert.Equal(62_500, rate.SavingsHigh, 9);
        var upkeep = entries.Single(e => e.Assumption == "yearly_upkeep");
        Assert.Equal(upkeep.SavingsLow, upkeep.SavingsHigh);
        Assert.True(upkeep.Swing < rate.Swing);
    }
}
