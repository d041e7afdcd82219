namespace Deskmine.Workspaces.Demo;

/// <summary>The stages of a <see cref="DemoRun"/>, in order.</summary>
public enum DemoStage
{
    /// <summary>Simulating the back office into the workspace.</summary>
    Simulating,

    /// <summary>Recognising the tasks in the simulated events.</summary>
    Recognising,

    /// <summary>Analysing what recognition found: candidates, savings, data transfers, teams.</summary>
    Analysing,

    /// <summary>Checking the mined task instances against the back office's rules.</summary>
    Checking,

    /// <summary>Writing the step-by-step guides.</summary>
    Documenting,

    /// <summary>Scoring recognition against the simulator's truth, for the report's accuracy panel.</summary>
    Evaluating,

    /// <summary>Writing the report.</summary>
    Reporting,

    /// <summary>Mapping the mined process for the summary.</summary>
    Mapping,
}
