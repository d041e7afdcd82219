namespace Deskmine.Workspaces.Demo;

/// <summary>Where a <see cref="DemoRun"/> is: its stage and the events simulated so far.</summary>
/// <param name="Stage">The stage that runs now.</param>
/// <param name="Events">Events simulated so far (all of them once simulation is done).</param>
public sealed record DemoProgress(DemoStage Stage, long Events);
