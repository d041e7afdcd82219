using System.Collections;
using Deskmine.Core.Events;

namespace Deskmine.Workspaces.Work;

/// <summary>
/// Events seen through a mapping that is applied each time one is read, so a changed view of a workspace's events
/// (redacted texts) costs no second copy of them. Not safe for use from several threads when the mapping is not.
/// </summary>
internal sealed class MappedEvents(IReadOnlyList<UiEvent> events, Func<UiEvent, UiEvent> map) : IReadOnlyList<UiEvent>
{
    /// <inheritdoc/>
    public UiEvent this[int index] => map(events[index]);

    /// <inheritdoc/>
    public int Count => events.Count;

    /// <inheritdoc/>
    public IEnumerator<UiEvent> GetEnumerator()
    {
        for (var i = 0; i < events.Count; i++)
            yield return map(events[i]);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
