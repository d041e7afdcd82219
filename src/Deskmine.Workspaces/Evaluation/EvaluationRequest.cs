namespace Deskmine.Workspaces.Evaluation;

/// <summary>Where an <see cref="EvaluationRun"/> finds the ground truth.</summary>
public sealed record EvaluationRequest
{
    /// <summary>
    /// <c>truth</c> (the workspace's ground-truth table), an attribute such as <c>caseID</c> or <c>attrs.caseID</c>,
    /// or <c>auto</c> (the truth table when present, else <c>caseID</c>). With <see cref="TruthFile"/> it names the
    /// file's attribute (<c>auto</c> and <c>truth</c> mean <c>caseID</c>).
    /// </summary>
    public string Truth { get; init; } = "auto";

    /// <summary>Reference log holding the truth (Leno's <c>*_segmented.csv</c>), matched to the events by timestamp and event type.</summary>
    public string? TruthFile { get; init; }

    /// <summary>
    /// Attribute naming each event's true task type (<c>taskType</c> or <c>attrs.taskType</c>) beside the instance
    /// attribute of <see cref="Truth"/>; with it, events without a true instance are not scored (they are work outside
    /// any task, as in the truth table). <c>null</c>: every attribute-labelled instance counts as one task type.
    /// </summary>
    public string? TruthType { get; init; }

    /// <summary>Format of <see cref="TruthFile"/>; <c>null</c> guesses from the file.</summary>
    public string? TruthFileFormat { get; init; }
}
