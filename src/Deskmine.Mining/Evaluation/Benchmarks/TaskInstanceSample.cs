using Deskmine.Core.Events;

namespace Deskmine.Mining.Evaluation.Benchmarks;

/// <summary>One recorded task instance offered to <see cref="MixedLogBuilder"/>.</summary>
/// <param name="TaskType">True task type (e.g. the name of the log it came from).</param>
/// <param name="Instance">Instance id, unique within its task type.</param>
/// <param name="Events">Its events in recorded order, with their original timestamps.</param>
/// <param name="LeadingPause">The pause the worker took before its first event in the original recording, or <c>null</c> when unknown.</param>
public sealed record TaskInstanceSample(string TaskType, string Instance, IReadOnlyList<UiEvent> Events, TimeSpan? LeadingPause);
