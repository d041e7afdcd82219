namespace Deskmine.Privacy.Policies;

/// <summary>
/// What the capture pipeline may keep: the options record of the privacy filter. Every property has a
/// protective default, so <c>{}</c> (an empty policy file) records every application at every hour with the
/// default protections: no typed text, clipboard as a keyed hash only, detectors and templating on,
/// people as pseudonyms. See <c>docs/policy.md</c> for the file format.
/// </summary>
public sealed record CapturePolicy
{
    /// <summary>The default policy (the same as an empty policy file).</summary>
    public static CapturePolicy Default { get; } = new();

    /// <summary>Glob patterns (<c>*</c>, <c>?</c>, case-insensitive) on the application name; an event is kept
    /// only if one matches. Default <c>*</c>.</summary>
    public IReadOnlyList<string> AllowApps { get; init; } = ["*"];

    /// <summary>Glob patterns on the application name whose events are always dropped; deny wins over allow.</summary>
    public IReadOnlyList<string> DenyApps { get; init; } = [];

    /// <summary>Glob patterns on <c>host/path</c> of an event's URL (no scheme, no query); events with a URL are
    /// kept only if one matches. Default <c>*</c>. Events without a URL are not affected.</summary>
    public IReadOnlyList<string> AllowUrls { get; init; } = ["*"];

    /// <summary>Glob patterns on <c>host/path</c> whose events are always dropped; deny wins over allow.</summary>
    public IReadOnlyList<string> DenyUrls { get; init; } = [];

    /// <summary>When recording is allowed; empty means always. An event is kept if any window contains its
    /// timestamp; with windows set, an event without a timestamp is dropped.</summary>
    public IReadOnlyList<RecordingWindow> RecordingHours { get; init; } = [];

    /// <summary>Where typed text may be kept (redacted); default nowhere: typed content becomes a keyed hash.</summary>
    public IReadOnlyList<TextOptIn> TypedText { get; init; } = [];

    /// <summary>Where copied or pasted text may be kept (redacted); default nowhere: keyed hash only.</summary>
    public IReadOnlyList<TextOptIn> ClipboardText { get; init; } = [];

    /// <summary>Organisation rules (regex → replacement) applied before the detectors to window, url, value,
    /// target name and attribute values.</summary>
    public IReadOnlyList<CustomRule> Rules { get; init; } = [];

    /// <summary>The organisation's secret key for pseudonyms and value hashes, as hex (tried first) or base64,
    /// at least 16 bytes. Required unless <see cref="Pseudonymise"/> is <c>false</c>.</summary>
    public string? OrgKey { get; init; }

    /// <summary>Replace user and machine names by keyed pseudonyms (default <c>true</c>). Only a single-person
    /// local workspace should turn this off.</summary>
    public bool Pseudonymise { get; init; } = true;

    /// <summary>Template window titles and URLs (numbers, ids, dates → placeholders). Default <c>true</c>.</summary>
    public bool Templating { get; init; } = true;

    /// <summary>Organisational unit written into every event's <c>team</c>; <c>null</c> keeps the event's own.</summary>
    public string? Team { get; init; }

    /// <summary>Smallest group a report may show (k-anonymity). Default 5; at least 1.</summary>
    public int KAnonymity { get; init; } = 5;
}
