namespace Deskmine.Analysis.Guides;

/// <summary>
/// A step-by-step guide to one task type, built from how people actually do it: the main variant as numbered
/// steps, its common exceptions, a summary, and the systems it touches. Usable as a standard operating procedure,
/// for migration planning, or as a process definition for automation. It holds no typed or copied value: fields
/// show placeholders such as <c>&lt;Reference&gt;</c>.
/// </summary>
/// <param name="TaskTypeId">The task type's id (<see cref="Work.WorkTaskType.Id"/>).</param>
/// <param name="Name">The task type's name.</param>
/// <param name="Summary">Instances, people, times.</param>
/// <param name="Steps">The main variant, numbered from 1.</param>
/// <param name="Exceptions">Common departures from the main variant, most frequent first.</param>
/// <param name="Systems">Per application, the screens, fields and controls used, in the order the work visits them.</param>
public sealed record TaskGuide(
    string TaskTypeId, string Name, GuideSummary Summary, IReadOnlyList<GuideStep> Steps,
    IReadOnlyList<GuideException> Exceptions, IReadOnlyList<GuideSystem> Systems);
