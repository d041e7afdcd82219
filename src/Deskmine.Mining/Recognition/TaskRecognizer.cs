using Deskmine.Core.Events;

namespace Deskmine.Mining.Recognition;

/// <summary>
/// Activity recognition in one call: each person's events are abstracted into labelled actions, cut into task
/// instances, the instances of everyone grouped into named task types, and business-object ids attached as case
/// ids. Pure and deterministic: the same events and options give the same result, and one person's segments do not
/// depend on anyone else's events. For logs too large to hold at once, <see cref="PersonRecognition.Analyse"/> and
/// <see cref="RecognitionBuilder"/> do the same one person at a time.
/// </summary>
public static class TaskRecognizer
{
    /// <summary>Recognises tasks in <paramref name="events"/> (any order; ordered by time per person inside).</summary>
    /// <param name="events">The events of one or more people.</param>
    /// <param name="options">Settings; <see cref="RecognitionOptions.Default"/> when <c>null</c>.</param>
    /// <param name="rules">Labelling rules (rename, merge, split of task types) to apply, in order.</param>
    public static RecognitionResult Recognize(
        IReadOnlyList<UiEvent> events, RecognitionOptions? options = null, IReadOnlyList<TaskTypeRule>? rules = null)
    {
        ArgumentNullException.ThrowIfNull(events);
        options ??= RecognitionOptions.Default;
        options.Validate();

        var users = EventPersons.Streams(events).ToArray();
        var analysed = new PersonRecognition[users.Length];
        Parallel.For(0, users.Length, u =>
            analysed[u] = PersonRecognition.Analyse(users[u].Person, [.. users[u].Order.Select(i => events[i])], options));
        var builder = new RecognitionBuilder(options, rules);
        var perUser = analysed.Select(builder.Add).ToArray();
        var tasks = builder.Finish();

        var segOfEvent = new int[events.Count];
        var typeOfEvent = new int[events.Count];
        var labelOfEvent = new string[events.Count];
        var stepOfEvent = new string[events.Count];
        var redundant = new bool[events.Count];
        // One string per label, shared by its events (the builder gives a new one each time it is asked).
        var labels = new string?[builder.LabelCount];
        for (var u = 0; u < users.Length; u++)
        {
            var (order, r) = (users[u].Order, perUser[u]);
            for (var k = 0; k < order.Length; k++)
            {
                var i = order[k];
                segOfEvent[i] = r.SegmentOf(k);
                typeOfEvent[i] = r.TaskTypeOf(k);
                labelOfEvent[i] = labels[r.LabelIdOf(k)] ??= r.LabelOf(k);
                stepOfEvent[i] = r.StepNameOf(k);
                redundant[i] = r.IsRedundant(k);
            }
        }
        return new RecognitionResult
        {
            SegmentOfEvent = segOfEvent,
            TaskTypeOfEvent = typeOfEvent,
            ActionLabelOfEvent = labelOfEvent,
            StepNameOfEvent = stepOfEvent,
            RedundantEvent = redundant,
            Segments = tasks.Segments,
            Suspensions = tasks.Suspensions,
            TaskTypes = tasks.TaskTypes,
        };
    }
}
