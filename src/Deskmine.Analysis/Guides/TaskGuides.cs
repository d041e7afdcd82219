using Deskmine.Analysis.Transfers;
using Deskmine.Analysis.Work;
using Deskmine.Core.Errors;

namespace Deskmine.Analysis.Guides;

/// <summary>
/// Step-by-step guides from recorded work: per task type, the main variant as numbered steps with application,
/// screen, element, action, data moved and median handling time; the common exceptions; and the systems used.
/// Pure: a work log in, typed guides out. Renderers live in <c>Deskmine.Reporting.Guides</c>.
/// </summary>
public static class TaskGuides
{
    /// <summary>The guide to task type <paramref name="taskType"/> (index into <see cref="WorkLog.TaskTypes"/>).</summary>
    /// <param name="log">The work log.</param>
    /// <param name="taskType">Index of the task type.</param>
    /// <param name="transfers">Data transfers found in the log, to say which data each step moves; optional.</param>
    /// <param name="options">Settings; <see cref="GuideOptions.Default"/> when <c>null</c>.</param>
    /// <exception cref="InputException">The options are out of range.</exception>
    public static TaskGuide Build(WorkLog log, int taskType, DataTransferReport? transfers = null, GuideOptions? options = null) =>
        Analyse(log, taskType, transfers, options).Guide;

    /// <summary>The guide to every task type that has at least one instance, in task-type order.</summary>
    /// <exception cref="InputException">The options are out of range.</exception>
    public static IReadOnlyList<TaskGuide> BuildAll(WorkLog log, DataTransferReport? transfers = null, GuideOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(log);
        var used = log.Instances.Select(i => i.TaskType).ToHashSet();
        return [.. Enumerable.Range(0, log.TaskTypes.Count).Where(used.Contains).Select(t => Build(log, t, transfers, options))];
    }

    /// <summary>The guide with the occurrences it was built from (for the automation starter).</summary>
    internal static GuideAnalysis Analyse(WorkLog log, int taskType, DataTransferReport? transfers, GuideOptions? options)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentOutOfRangeException.ThrowIfNegative(taskType);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(taskType, log.TaskTypes.Count);
        options ??= GuideOptions.Default;
        options.Validate();
        return GuideBuilder.Build(log, taskType, transfers, options);
    }
}
