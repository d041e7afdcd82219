using Deskmine.Core.Events;

namespace Deskmine.Privacy;

/// <summary>The outcome of <see cref="PrivacyFilter.Apply"/>: the redacted event, or a drop with its reason.</summary>
public sealed record FilterResult
{
    private FilterResult(UiEvent? kept, DropReason? reason, string? detail)
    {
        Event = kept;
        Reason = reason;
        Detail = detail;
    }

    /// <summary>The redacted event; <c>null</c> when dropped.</summary>
    public UiEvent? Event { get; }

    /// <summary>Why the event was dropped; <c>null</c> when kept.</summary>
    public DropReason? Reason { get; }

    /// <summary>For <see cref="DropReason.FilterError"/> and <see cref="DropReason.InvalidPolicy"/>: the error's type
    /// or the policy problem (never event content).</summary>
    public string? Detail { get; }

    /// <summary>Whether the event was kept.</summary>
    public bool IsKept => Event is not null;

    /// <summary>A kept, redacted event.</summary>
    public static FilterResult Keep(UiEvent kept)
    {
        ArgumentNullException.ThrowIfNull(kept);
        return new FilterResult(kept, null, null);
    }

    /// <summary>A dropped event.</summary>
    public static FilterResult Drop(DropReason reason, string? detail = null) => new(null, reason, detail);
}
