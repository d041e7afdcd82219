namespace Deskmine.Workspaces.Recognition;

/// <summary>One task type of a stored recognition run, as the catalogue lists it.</summary>
/// <param name="Index">Position in the run (the recogniser's task-type index).</param>
/// <param name="Key">Stable key from the type's characteristic actions; labelling rules refer to it.</param>
/// <param name="Name">Readable name, or the name a rule gave; what the derived records carry as <c>task_type</c>.</param>
/// <param name="Segments">Number of task instances (segments) of this type.</param>
/// <param name="Events">Number of events in those segments.</param>
/// <param name="Applications">Applications in the order the type's work usually visits them.</param>
/// <param name="Profile">People, median time and typical steps; <c>null</c> in workspaces mined before profiles were kept.</param>
public sealed record TaskTypeEntry(
    int Index, string Key, string Name, int Segments, int Events, IReadOnlyList<string> Applications, TaskTypeProfile? Profile = null);
