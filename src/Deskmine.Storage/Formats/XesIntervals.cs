namespace Deskmine.Storage.Formats;

/// <summary>
/// Intervals in XES: <see cref="XesWriter"/> writes an event with a duration as a <c>lifecycle:transition</c>
/// <c>start</c> event followed by its <c>complete</c> event, both with the same <c>concept:instance</c> (what pm4py's
/// and ProM's interval tools pair). The start event carries the marker <see cref="XesTypes.IntervalKey"/>, so the
/// reader joins exactly the pairs Deskmine wrote and leaves any other log's start and complete events as they are.
/// </summary>
/// <remarks>
/// The marker's value lists what the writer added: <c>start</c>, plus <c>+instance</c> when the
/// <c>concept:instance</c> was not the event's own and <c>+lifecycle</c> when the <c>complete</c> transition was
/// not. Joining removes what was added, so the event reads back as it was stored.
/// </remarks>
internal static class XesIntervals
{
    public const string Lifecycle = "lifecycle:transition";
    public const string Instance = "concept:instance";
    public const string AddedInstance = "+instance";
    public const string AddedLifecycle = "+lifecycle";

    /// <summary>The marker value for a start event.</summary>
    public static string Marker(bool addedInstance, bool addedLifecycle) =>
        "start" + (addedInstance ? AddedInstance : "") + (addedLifecycle ? AddedLifecycle : "");

    /// <summary>The trace's drafts with each marked start joined to its complete event (the pair becomes one interval at the start's place).</summary>
    public static List<(UiEventDraft Draft, long Ordinal)> Merge(List<(UiEventDraft Draft, long Ordinal)> drafts)
    {
        if (!drafts.Exists(d => d.Draft.Attrs?.ContainsKey(XesTypes.IntervalKey) == true))
            return drafts;
        var starts = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new List<(UiEventDraft Draft, long Ordinal)?>(drafts.Count);
        foreach (var (draft, ordinal) in drafts)
        {
            var attrs = draft.Attrs;
            var instance = attrs is not null && attrs.TryGetValue(Instance, out var i) ? i : null;
            if (instance is not null && attrs!.ContainsKey(XesTypes.IntervalKey))
            {
                starts[instance] = result.Count;
                result.Add((draft, ordinal));
                continue;
            }
            if (instance is not null && starts.Remove(instance, out var at) && result[at] is var (start, startOrdinal))
            {
                var marker = start.Attrs![XesTypes.IntervalKey];
                if (draft.Ts is { } end && start.Ts is { } begin)
                    draft.Duration ??= end - begin;
                draft.Ts = start.Ts;
                if (marker.Contains(AddedInstance, StringComparison.Ordinal))
                    draft.Attrs!.Remove(Instance);
                if (marker.Contains(AddedLifecycle, StringComparison.Ordinal))
                    draft.Attrs!.Remove(Lifecycle);
                if (draft.Attrs!.Count == 0)
                    draft.Attrs = null;
                result[at] = (draft, startOrdinal);
                continue;
            }
            result.Add((draft, ordinal));
        }
        return [.. result.Select(r => r!.Value)];
    }
}
