namespace Deskmine.Privacy;

/// <summary>Why the privacy filter dropped an event.</summary>
public enum DropReason
{
    /// <summary>The policy could not be compiled (an invalid custom rule or time zone): everything is dropped.</summary>
    InvalidPolicy,

    /// <summary>Outside the recording hours, or no timestamp while recording hours are set.</summary>
    OutsideRecordingHours,

    /// <summary>The application matches the deny-list.</summary>
    AppDenied,

    /// <summary>The application matches no allow-list pattern.</summary>
    AppNotAllowed,

    /// <summary>The URL matches the deny-list.</summary>
    UrlDenied,

    /// <summary>The URL matches no allow-list pattern.</summary>
    UrlNotAllowed,

    /// <summary>The kind or source is not a plain schema word, or carries something a detector or the templating
    /// would remove (a kind cannot be redacted into something meaningful, so the event is rejected).</summary>
    UnsafeField,

    /// <summary>The filter failed on this event (for example a rule timed out); failing closed, it was dropped.</summary>
    FilterError,
}
