using Deskmine.Core.Events;

namespace Deskmine.Analysis.Transfers;

/// <summary>What two ends of a transfer must share: the kept value (trimmed) or, where the value is not kept, its keyed hash.</summary>
/// <param name="ByValue">True for a kept value, false for a hash.</param>
/// <param name="Text">The value or the hash.</param>
internal readonly record struct ContentKey(bool ByValue, string Text)
{
    /// <summary>The key of <paramref name="e"/>'s content, or <c>null</c> when it carries none.</summary>
    public static ContentKey? Of(UiEvent e)
    {
        if (!string.IsNullOrWhiteSpace(e.Value))
            return new ContentKey(true, e.Value.Trim());
        return string.IsNullOrEmpty(e.ValueHash) ? null : new ContentKey(false, e.ValueHash);
    }
}
