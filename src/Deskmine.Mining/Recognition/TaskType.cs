namespace Deskmine.Mining.Recognition;

/// <summary>A group of segments that do the same kind of work.</summary>
/// <param name="Index">Position in <see cref="RecognitionResult.TaskTypes"/>.</param>
/// <param name="Key">Stable key derived from the type's characteristic actions; labelling rules refer to it.</param>
/// <param name="Name">
/// Readable name: verb, business object and application, e.g. <c>Post invoice in SAP MIRO</c> (at most 60 characters, unique
/// within a run, no ids, paths or personal data), or the name a rule gave.
/// </param>
/// <param name="SegmentCount">Number of segments of this type.</param>
/// <param name="Applications">Applications in the order the type's work usually visits them.</param>
public sealed record TaskType(int Index, string Key, string Name, int SegmentCount, IReadOnlyList<string> Applications);
