namespace Deskmine.Workspaces.Analyses;

/// <summary>Where the analysis takes its task instances from.</summary>
public enum WorkSource
{
    /// <summary>What the last recognition run found (<c>deskmine mine</c>): the only source a real recording has.</summary>
    Recognition,

    /// <summary>The simulator's ground truth, for measuring the analysis itself apart from recognition.</summary>
    Truth,
}
