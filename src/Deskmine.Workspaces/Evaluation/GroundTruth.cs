using Deskmine.Mining.Evaluation;

namespace Deskmine.Workspaces.Evaluation;

/// <summary>The true task instance and type of every event, aligned with the events an evaluation scores.</summary>
/// <param name="Instance">True task instance per event, or <c>null</c>.</param>
/// <param name="Type">True task type per event, or <c>null</c> where the instance is <c>null</c>.</param>
/// <param name="Unlabelled">Whether a <c>null</c> instance is noise (scored) or unknown (not scored).</param>
/// <param name="Description">Where the truth came from, in words.</param>
internal sealed record GroundTruth(string?[] Instance, string?[] Type, UnlabelledEvents Unlabelled, string Description);
