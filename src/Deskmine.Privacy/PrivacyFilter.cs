using Deskmine.Core;
using Deskmine.Core.Events;
using Deskmine.Privacy.Normalisation;
using Deskmine.Privacy.Policies;
using Deskmine.Privacy.Pseudonyms;

namespace Deskmine.Privacy;

/// <summary>
/// The privacy filter every <see cref="UiEvent"/> passes before it is stored: on the device and again on the
/// server (a second pass over an already filtered event changes nothing). It fails closed: an invalid
/// policy drops every event, and any error on one event drops that event; both are counted in
/// <see cref="Stats"/>.
/// </summary>
/// <remarks>
/// Stages, in order: recording hours (on the event's own timestamp) → application deny/allow → URL
/// deny/allow (both on the raw and the normalised text) → kind and source must be plain schema words (else the
/// event is rejected) → password fields (no value, no hash, no character count) → value policy (typed and
/// clipboard text kept only where opted in; otherwise a keyed hash) → for every text field (session, app, window,
/// url, target role/name/id/path, value, activity, case id, team, attrs keys and values): normalisation
/// (<see cref="TextNormaliser"/>) → custom rules → detectors → templating of window and url, repeated until the
/// field no longer changes → pseudonyms for user and machine, team from the policy. Because every field is
/// cleaned to a fixed point, filtering a filtered event changes nothing. The filter is thread-safe.
/// </remarks>
public sealed partial class PrivacyFilter
{
    private readonly Compiled? _compiled;
    private readonly string? _policyProblem;
    private readonly Pseudonymiser? _pseudonymiser;
    private readonly CleanedTexts _cleaned = new();

    /// <summary>Creates the filter for <paramref name="policy"/>.</summary>
    /// <exception cref="ArgumentException">
    /// The policy asks for pseudonyms (the default) but has no <see cref="CapturePolicy.OrgKey"/>, or the key is
    /// not valid hex/base64 of at least 16 bytes. The filter refuses to start rather than store real names;
    /// set a key, or <c>"pseudonymise": false</c> for a single-person local workspace.
    /// </exception>
    public PrivacyFilter(CapturePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        Policy = policy;
        if (policy.OrgKey is { } keyText)
        {
            try
            {
                _pseudonymiser = Pseudonymiser.FromText(keyText);
            }
            catch (FormatException ex)
            {
                throw new ArgumentException($"Invalid organisation key in the capture policy: {ex.Message}.", nameof(policy), ex);
            }
        }
        else if (policy.Pseudonymise)
        {
            throw new ArgumentException(
                "The capture policy has no organisation key (\"orgKey\"), so user and machine names cannot be pseudonymised. " +
                "Set \"orgKey\" (hex or base64, at least 16 bytes), or \"pseudonymise\": false for a single-person workspace.",
                nameof(policy));
        }

        // A policy that does not compile must not weaken protection: remember the problem and drop everything.
        try
        {
            _compiled = new Compiled(policy);
        }
        catch (Exception ex) when (ex is ArgumentException or TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            _policyProblem = ex.Message;
        }
    }

    /// <summary>The policy this filter applies.</summary>
    public CapturePolicy Policy { get; }

    /// <summary>Counters of kept and dropped events and of detections.</summary>
    public PrivacyStats Stats { get; } = new();

    /// <summary>Whether the policy compiled; when <c>false</c> every event is dropped with
    /// <see cref="DropReason.InvalidPolicy"/>.</summary>
    public bool IsPolicyValid => _compiled is not null;

    /// <summary>Filters one event: returns its redacted copy or a drop with the reason.</summary>
    public FilterResult Apply(UiEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (_compiled is null)
            return Dropped(DropReason.InvalidPolicy, _policyProblem);
        try
        {
            if (!InRecordingHours(_compiled, e))
                return Dropped(DropReason.OutsideRecordingHours);
            // Allow and deny lists see the normalised name and address too: a full-width "ＫｅｅＰａｓｓ" is KeePass.
            var rawApp = e.App ?? "";
            var app = TextNormaliser.Normalise(rawApp);
            if (_compiled.DenyApps.IsMatch(rawApp) || _compiled.DenyApps.IsMatch(app))
                return Dropped(DropReason.AppDenied);
            if (!_compiled.AllowApps.IsMatch(app))
                return Dropped(DropReason.AppNotAllowed);
            if (!string.IsNullOrEmpty(e.Url))
            {
                var hostPath = HostPath(TextNormaliser.Normalise(e.Url));
                if (_compiled.DenyUrls.IsMatch(HostPath(e.Url)) || _compiled.DenyUrls.IsMatch(hostPath))
                    return Dropped(DropReason.UrlDenied);
                if (!_compiled.AllowUrls.IsMatch(hostPath))
                    return Dropped(DropReason.UrlNotAllowed);
            }
            if (SchemaWord(_compiled, e.Kind) is not { } kind || SchemaWord(_compiled, e.Source) is not { } source)
                return Dropped(DropReason.UnsafeField);

            var password = IsPasswordField(e);
            var (value, valueHash) = ValuePolicy(_compiled, e);
            var kept = e with
            {
                Session = CleanIdentifier(_compiled, e.Session) ?? "",
                Source = source,
                Kind = kind,
                App = Clean(_compiled, e.App, Field.Text),
                Window = Clean(_compiled, e.Window, Field.Title),
                Url = Clean(_compiled, e.Url, Field.Url),
                TargetRole = Clean(_compiled, e.TargetRole, Field.Text),
                TargetName = Clean(_compiled, e.TargetName, Field.RuledText),
                TargetId = Clean(_compiled, e.TargetId, Field.Text),
                TargetPath = Clean(_compiled, e.TargetPath, Field.Text),
                // An empty value reads as none on the next pass, so it is stored as none.
                Value = Clean(_compiled, value, Field.RuledText) is { Length: > 0 } cleanValue ? cleanValue : null,
                ValueHash = valueHash,
                Activity = Clean(_compiled, e.Activity, Field.Text),
                CaseId = CleanIdentifier(_compiled, e.CaseId),
                Attrs = RedactAttrs(_compiled, e.Attrs, password),
                User = Pseudonym(_compiled, e.User, machine: false),
                Machine = Pseudonym(_compiled, e.Machine, machine: true),
                Team = Clean(_compiled, Policy.Team ?? e.Team, Field.RuledText),
            };
            Stats.CountKept();
            return FilterResult.Keep(kept);
        }
#pragma warning disable CA1031 // Fail closed: whatever goes wrong, the event must not pass.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return Dropped(DropReason.FilterError, ex.GetType().Name);
        }
    }

    /// <summary>The kept, redacted events of <paramref name="events"/>, in order; drops are counted in
    /// <see cref="Stats"/>.</summary>
    public IEnumerable<UiEvent> Filter(IEnumerable<UiEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        foreach (var e in events)
        {
            if (Apply(e).Event is { } kept)
                yield return kept;
        }
    }

    private FilterResult Dropped(DropReason reason, string? detail = null)
    {
        Stats.CountDropped(reason);
        return FilterResult.Drop(reason, detail);
    }

    private static bool InRecordingHours(Compiled compiled, UiEvent e)
    {
        if (compiled.Windows.Count == 0)
            return true;
        if (e.Ts is not { } ts)
            return false;
        var utc = Timestamps.FromMicros(ts).UtcDateTime;
        foreach (var (window, zone) in compiled.Windows)
        {
            if (window.Contains(TimeZoneInfo.ConvertTimeFromUtc(utc, zone)))
                return true;
        }
        return false;
    }

    private string? Pseudonym(Compiled compiled, string? name, bool machine)
    {
        if (name is null)
            return name;
        // Without pseudonyms (a single-person workspace) the name stays, but nothing a detector finds in it does.
        if (!Policy.Pseudonymise)
            return Clean(compiled, name, Field.Text);
        var p = _pseudonymiser ?? throw new InvalidOperationException("No pseudonymiser.");
        if (machine)
            return Pseudonymiser.IsMachinePseudonym(name) ? name : p.Machine(name);
        return Pseudonymiser.IsUserPseudonym(name) ? name : p.User(name);
    }

    /// <summary><c>host/path</c> of a URL, lower-case host, without scheme, user info, port, query or fragment.</summary>
    internal static string HostPath(string url)
    {
        var rest = url;
        var scheme = rest.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
            rest = rest[(scheme + 3)..];
        var end = rest.IndexOfAny(['?', '#']);
        if (end >= 0)
            rest = rest[..end];
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        var authority = slash >= 0 ? rest[..slash] : rest;
        var path = slash >= 0 ? rest[slash..] : "/";
        var at = authority.LastIndexOf('@');
        if (at >= 0)
            authority = authority[(at + 1)..];
        var colon = authority.LastIndexOf(':');
        if (colon >= 0 && !authority.EndsWith(']') && authority.IndexOf(':', StringComparison.Ordinal) == colon)
            authority = authority[..colon];
        return authority.ToLowerInvariant() + path;
    }
}
