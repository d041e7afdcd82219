using System.Globalization;
using System.Text.Json;
using Deskmine.Core;
using Deskmine.Core.Events;

namespace Deskmine.Capture.Sources.Browser;

/// <summary>
/// Maps one page action as the extension posts it (JSON object: <c>kind</c>, <c>ts</c> in ms, <c>url</c>,
/// <c>title</c>, element fields <c>tag</c>, <c>id</c>, <c>name</c>, <c>aria_label</c>, <c>role</c>, <c>text</c>,
/// <c>input_type</c>, <c>selector</c>, and <c>chars</c> for field changes) to a schema-v1 event. Values are taken
/// only when the extension sent one (policy-allowed fields) and never for password inputs, which keep no
/// character count either.
/// </summary>
internal static class PageEventMapper
{
    private const int MaxText = 200;

    /// <summary>The event, or null when the object is not a page action this agent knows.</summary>
    public static UiEvent? Map(JsonElement item, long receivedMicros, long maxSkewMicros)
    {
        if (item.ValueKind != JsonValueKind.Object)
            return null;
        var kind = Str(item, "kind") switch
        {
            "navigate" => EventKinds.Navigate,
            "click" => EventKinds.Click,
            "dblclick" or "double_click" => EventKinds.DoubleClick,
            "contextmenu" or "right_click" => EventKinds.RightClick,
            "change" or "text_input" => EventKinds.TextInput,
            "submit" or "form_submit" => EventKinds.FormSubmit,
            _ => null,
        };
        if (kind is null)
            return null;
        var ts = receivedMicros;
        if (item.TryGetProperty("ts", out var t) && t.ValueKind == JsonValueKind.Number && t.TryGetDouble(out var ms))
        {
            var pageMicros = (long)(ms * 1000);
            if (Math.Abs(pageMicros - receivedMicros) <= maxSkewMicros)
                ts = pageMicros;
        }
        var attrs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (field, attr) in (ReadOnlySpan<(string, string)>)[("tag", "tag"), ("id", "element_id"), ("name", "element_name"),
                     ("aria_label", "aria_label"), ("role", "role"), ("text", "text"), ("input_type", "input_type"), ("action", "form_action")])
        {
            if (Str(item, field) is { Length: > 0 } v)
                attrs[attr] = v;
        }
        var password = string.Equals(Str(item, "input_type"), "password", StringComparison.OrdinalIgnoreCase);
        // A password field keeps no count either: its length narrows the guess.
        if (!password && item.TryGetProperty("chars", out var c) && c.ValueKind == JsonValueKind.Number && c.TryGetInt32(out var chars) && chars >= 0)
            attrs["chars"] = chars.ToString(CultureInfo.InvariantCulture);
        var tag = Str(item, "tag")?.ToLowerInvariant();
        return new UiEvent
        {
            Id = Guid.CreateVersion7(Timestamps.FromMicros(ts)),
            Source = "browser",
            Kind = kind,
            Ts = ts,
            App = Str(item, "app") ?? "chromium",
            Window = Str(item, "title"),
            Url = Str(item, "url"),
            TargetRole = kind == EventKinds.Navigate ? null : password ? "password" : Str(item, "role") ?? RoleOf(tag, Str(item, "input_type")),
            TargetName = kind == EventKinds.Navigate ? null : Str(item, "aria_label") ?? Str(item, "text") ?? Str(item, "name"),
            TargetId = Str(item, "id") ?? Str(item, "name"),
            TargetPath = Str(item, "selector"),
            Value = password ? null : Str(item, "value"),
            Attrs = attrs,
        };
    }

    // The implicit ARIA role of common elements, so page and desktop roles read alike.
    private static string? RoleOf(string? tag, string? inputType) => tag switch
    {
        null => null,
        "a" => "link",
        "button" => "button",
        "select" => "combobox",
        "textarea" => "textbox",
        "form" => "form",
        "input" => inputType?.ToLowerInvariant() switch
        {
            "button" or "submit" or "reset" => "button",
            "checkbox" => "checkbox",
            "radio" => "radio",
            "password" => "password",
            _ => "textbox",
        },
        _ => tag,
    };

    private static string? Str(JsonElement item, string name)
    {
        if (!item.TryGetProperty(name, out var v) || v.ValueKind != JsonValueKind.String)
            return null;
        var s = v.GetString();
        if (string.IsNullOrWhiteSpace(s))
            return null;
        s = s.Trim();
        return s.Length > MaxText ? s[..MaxText] : s;
    }
}
