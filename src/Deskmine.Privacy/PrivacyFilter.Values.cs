using System.Text.RegularExpressions;
using Deskmine.Core.Events;
using Deskmine.Privacy.Policies;
using Deskmine.Privacy.Pseudonyms;

namespace Deskmine.Privacy;

/// <summary>Value policy, password rule and text redaction.</summary>
public sealed partial class PrivacyFilter
{
    // Key names such as "ctrl+shift+s" or "Enter" are not content; anything longer is treated as content.
    private const int MaxKeyNameLength = 40;

    private static readonly string[] PasswordRoles = ["password text", "password", "password_text", "passwordtext", "password field"];
    private static readonly string[] InputTypeKeys = ["type", "input_type", "inputType", "input-type"];

    /// <summary>Whether the event targets a password field: such events keep neither value nor hash.</summary>
    internal static bool IsPasswordField(UiEvent e)
    {
        if (e.TargetRole is { } role && PasswordRoles.Contains(role.Trim(), StringComparer.OrdinalIgnoreCase))
            return true;
        if (e.Attrs is { } attrs)
        {
            foreach (var key in InputTypeKeys)
            {
                if (attrs.TryGetValue(key, out var type) && string.Equals(type.Trim(), "password", StringComparison.OrdinalIgnoreCase))
                    return true;
            }
        }
        return false;
    }

    private (string? Value, string? Hash) ValuePolicy(Compiled compiled, UiEvent e)
    {
        if (IsPasswordField(e))
            return (null, null);
        var raw = string.IsNullOrEmpty(e.Value) ? null : e.Value;
        switch (e.Kind)
        {
            case EventKinds.KeyShortcut or EventKinds.KeySpecial:
                if (raw is null || raw.Length <= MaxKeyNameLength)
                    return (raw, ExistingHash(e.ValueHash));
                break;
            case EventKinds.Copy or EventKinds.Paste:
                return (OptedIn(compiled.ClipboardText, e) ? raw : null, Hash(raw, e.ValueHash));
            default:
                break;
        }
        return (OptedIn(compiled.TypedText, e) ? raw : null, Hash(raw, e.ValueHash));
    }

    // A hash from an earlier pass wins (on the server the value is already redacted, and hashing it again
    // would break matching); anything else in the hash field could be raw content, so it goes.
    private string? Hash(string? raw, string? existing) =>
        ExistingHash(existing) ?? (raw is null ? null : _pseudonymiser?.ValueHash(raw));

    private static string? ExistingHash(string? existing) =>
        existing is not null && Pseudonymiser.IsValueHash(existing) ? existing : null;

    private static bool OptedIn(IReadOnlyList<(GlobSet App, GlobSet Field)> optIns, UiEvent e)
    {
        var app = e.App ?? "";
        foreach (var (appGlob, fieldGlob) in optIns)
        {
            if (appGlob.IsMatch(app) && (fieldGlob.IsMatch(e.TargetName ?? "") || fieldGlob.IsMatch(e.TargetId ?? "")))
                return true;
        }
        return false;
    }

    // Attributes that count what was typed: a password field keeps none of them (its length is a hint).
    private static readonly string[] CountKeys = ["chars", "char_count", "characters", "length", "len", "count", "keys", "key_count",
        "keystrokes", "value_length", "corrections"];

    private Dictionary<string, string>? RedactAttrs(Compiled compiled, IReadOnlyDictionary<string, string>? attrs, bool password)
    {
        if (attrs is null)
            return null;
        var result = new Dictionary<string, string>(attrs.Count, StringComparer.Ordinal);
        foreach (var (key, value) in attrs)
        {
            var cleanKey = Clean(compiled, key, Field.Text) ?? "";
            if (password && (CountKeys.Contains(cleanKey, StringComparer.OrdinalIgnoreCase) || value.Trim().All(char.IsAsciiDigit)))
                continue;
            result.TryAdd(cleanKey, Clean(compiled, value, Field.RuledText) ?? "");
        }
        return result;
    }

    /// <summary>The policy turned into matchers once; building it throws when a rule or time zone is invalid.</summary>
    private sealed class Compiled
    {
        public Compiled(CapturePolicy policy)
        {
            AllowApps = GlobSet.Create(policy.AllowApps);
            DenyApps = GlobSet.Create(policy.DenyApps);
            AllowUrls = GlobSet.Create(policy.AllowUrls);
            DenyUrls = GlobSet.Create(policy.DenyUrls);
            TypedText = policy.TypedText.Select(o => (GlobSet.Create([o.App]), GlobSet.Create([o.Field]))).ToList();
            ClipboardText = policy.ClipboardText.Select(o => (GlobSet.Create([o.App]), GlobSet.Create([o.Field]))).ToList();
            Rules = policy.Rules
                .Select(r => (new Regex(r.Pattern, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(RegexLimits.MatchTimeoutMs)), r.Replacement))
                .ToList();
            Windows = policy.RecordingHours.Select(w => (w, TimeZoneInfo.FindSystemTimeZoneById(w.TimeZone))).ToList();
        }

        public GlobSet AllowApps { get; }

        public GlobSet DenyApps { get; }

        public GlobSet AllowUrls { get; }

        public GlobSet DenyUrls { get; }

        public List<(GlobSet App, GlobSet Field)> TypedText { get; }

        public List<(GlobSet App, GlobSet Field)> ClipboardText { get; }

        public List<(Regex Regex, string Replacement)> Rules { get; }

        public List<(RecordingWindow Window, TimeZoneInfo Zone)> Windows { get; }
    }
}
