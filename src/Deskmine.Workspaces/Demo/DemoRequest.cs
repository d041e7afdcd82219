namespace Deskmine.Workspaces.Demo;

/// <summary>What a <see cref="DemoRun"/> simulates and where it writes.</summary>
public sealed record DemoRequest
{
    /// <summary>Folder for the demo's workspace (<c>workspace/</c>, made afresh) and <c>report.html</c>.</summary>
    public required string OutputDirectory { get; init; }

    /// <summary>Simulation seed.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Working days to simulate.</summary>
    public int Days { get; init; } = 10;

    /// <summary>Share of controlled task instances that break their procedure (see the simulator's ViolationRate). Default 0.03.</summary>
    public double ViolationRate { get; init; } = 0.03;
}
