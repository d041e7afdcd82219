namespace Deskmine.Workspaces.Evaluation;

/// <summary>
/// Events the truth table leaves without a task (simulated noise), which the main scores ignore; how many, how many
/// of them recognition left out as noise, and the type F1 when noise is scored as a class of its own.
/// </summary>
/// <param name="Unlabelled">Events without a true task.</param>
/// <param name="LeftOutAsNoise">Of those, events recognition left out of every segment.</param>
/// <param name="TypeF1WithNoise">Type F1 with noise as a class.</param>
public sealed record UnscoredEvents(int Unlabelled, int LeftOutAsNoise, double TypeF1WithNoise);
