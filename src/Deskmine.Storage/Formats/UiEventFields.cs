using System.Globalization;
using System.Text.Json;
using Deskmine.Core;
using Deskmine.Core.Events;

namespace Deskmine.Storage.Formats;

/// <summary>
/// The schema v1 field names as exporters write them (<c>docs/event-schema.md</c>), and reading any of them
/// from an event as invariant text.
/// </summary>
internal static class UiEventFields
{
    public static IReadOnlyList<string> All { get; } =
    [
        "id", "session", "seq", "ts", "duration", "user", "machine", "team", "source", "kind", "app", "window", "url",
        "target_role", "target_name", "target_id", "target_path", "x", "y", "value", "value_hash", "case_id", "activity",
        "source_row", "attrs",
    ];

    /// <summary>The field <paramref name="name"/> of <paramref name="e"/> as text; null when empty or unknown.</summary>
    public static string? Get(UiEvent e, string name) => name switch
    {
        "id" => e.Id.ToString(),
        "session" => e.Session,
        "seq" => e.Seq.ToString(CultureInfo.InvariantCulture),
        "ts" => e.Ts is { } ts ? Timestamps.ToIso(ts) : null,
        "duration" => e.Duration?.ToString(CultureInfo.InvariantCulture),
        "user" => e.User,
        "machine" => e.Machine,
        "team" => e.Team,
        "source" => e.Source,
        "kind" => e.Kind,
        "app" => e.App,
        "window" => e.Window,
        "url" => e.Url,
        "target_role" => e.TargetRole,
        "target_name" => e.TargetName,
        "target_id" => e.TargetId,
        "target_path" => e.TargetPath,
        "x" => e.X?.ToString(CultureInfo.InvariantCulture),
        "y" => e.Y?.ToString(CultureInfo.InvariantCulture),
        "value" => e.Value,
        "value_hash" => e.ValueHash,
        "case_id" => e.CaseId,
        "activity" => e.Activity,
        "source_row" => e.SourceRow?.ToString(CultureInfo.InvariantCulture),
        "attrs" => e.Attrs is { Count: > 0 } a ? JsonSerializer.Serialize(a, AttrsJson.Default.IReadOnlyDictionaryStringString) : null,
        _ => null,
    };

    /// <summary>
    /// A schema field, or else an attribute: the way mining attributes such as <c>user</c>, <c>team</c> or
    /// <c>org:resource</c> are looked up. <c>org:resource</c> falls back to <see cref="UiEvent.User"/>.
    /// </summary>
    public static string? FieldOrAttribute(UiEvent e, string name)
    {
        if (name is not "attrs" && All.Contains(name))
            return Get(e, name);
        if (e.Attrs is { } attrs && attrs.TryGetValue(name, out var value))
            return value;
        return name == "org:resource" ? e.User : null;
    }
}
