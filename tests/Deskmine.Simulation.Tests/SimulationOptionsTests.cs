using Deskmine.Core.Errors;

namespace Deskmine.Simulation.Tests;

public class SimulationOptionsTests
{
    [Fact]
    public void Defaults_describe_three_teams_of_seven_over_two_weeks_and_are_valid()
    {
        var options = new SimulationOptions();

        options.Validate();
        Assert.Equal(3, options.Teams);
        Assert.Equal(7, options.PeoplePerTeam);
        Assert.Equal(10, options.Days);
        Assert.Equal(TaskTypes.All, options.EffectiveTaskTypes);
    }

    public static TheoryData<SimulationOptions, string> InvalidOptions() => new()
    {
        { new SimulationOptions { Days = 0 }, nameof(SimulationOptions.Days) },
        { new SimulationOptions { Teams = 0 }, nameof(SimulationOptions.Teams) },
        { new SimulationOptions { Teams = 13 }, nameof(SimulationOptions.Teams) },
        { new SimulationOptions { PeoplePerTeam = 0 }, nameof(SimulationOptions.PeoplePerTeam) },
        { new SimulationOptions { WorkdayStart = new(9, 0), WorkdayEnd = new(8, 0) }, nameof(SimulationOptions.WorkdayEnd) },
        { new SimulationOptions { WorkdayStart = new(0, 0) }, nameof(SimulationOptions.WorkdayStart) },
        { new SimulationOptions { TargetEventCount = 0 }, nameof(SimulationOptions.TargetEventCount) },
        { new SimulationOptions { InterruptionRate = 1.5 }, nameof(SimulationOptions.InterruptionRate) },
        { new SimulationOptions { InterleaveRate = -0.1 }, nameof(SimulationOptions.InterleaveRate) },
        { new SimulationOptions { NoiseRate = double.NaN }, nameof(SimulationOptions.NoiseRate) },
        { new SimulationOptions { ExceptionRate = 2 }, nameof(SimulationOptions.ExceptionRate) },
        { new SimulationOptions { TaskTypes = ["Payroll run"] }, nameof(SimulationOptions.TaskTypes) },
    };

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public void Validate_rejects_out_of_range_settings_naming_the_setting(SimulationOptions options, string setting)
    {
        var error = Assert.Throws<InputException>(options.Validate);

        Assert.Equal(setting, error.Column);
        Assert.Equal(nameof(SimulationOptions), error.Source);
        Assert.Contains("expected", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_validates_before_producing_anything()
    {
        // Run is not lazy about validation: the error surfaces at the call, not at the first MoveNext.
        Assert.Throws<InputException>(() => new BackOfficeSimulator().Run(new SimulationOptions { Days = -1 }));
    }

    [Fact]
    public void Chosen_task_types_are_kept_in_canonical_order()
    {
        var options = new SimulationOptions { TaskTypes = [TaskTypes.TicketTriage, TaskTypes.InvoiceProcessing] };

        Assert.Equal([TaskTypes.InvoiceProcessing, TaskTypes.TicketTriage], options.EffectiveTaskTypes);
    }
}
