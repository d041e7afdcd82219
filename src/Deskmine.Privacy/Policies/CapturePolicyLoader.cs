using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Deskmine.Core.Errors;
using Deskmine.Privacy.Pseudonyms;

namespace Deskmine.Privacy.Policies;

/// <summary>
/// Reads a <see cref="CapturePolicy"/> from a JSON file (comments and trailing commas allowed). Unknown
/// properties are errors, so a misspelt protection never silently falls back to recording more.
/// Every problem raises an <see cref="InputException"/> naming the file, the line and the property path.
/// </summary>
public static class CapturePolicyLoader
{
    private static readonly string[] TopLevel =
        ["team", "orgKey", "pseudonymise", "templating", "kAnonymity", "apps", "urls", "recordingHours",
         "typedText", "clipboardText", "rules"];

    /// <summary>Loads the policy file at <paramref name="path"/>.</summary>
    /// <exception cref="InputException">The file is missing, not JSON, or breaks the policy format.</exception>
    public static CapturePolicy Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (IOException ex)
        {
            throw new InputException(path, null, null, $"cannot read the policy file: {ex.Message}", ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new InputException(path, null, null, $"cannot read the policy file: {ex.Message}", ex);
        }
        return Parse(json, path);
    }

    /// <summary>Parses policy JSON; <paramref name="source"/> names it in error messages.</summary>
    /// <exception cref="InputException">The text is not JSON or breaks the policy format.</exception>
    public static CapturePolicy Parse(string json, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(source);
        var root = JsonNode.Parse(json, source);
        var reader = new Reader(source);
        reader.Expect(root, JsonTokenType.StartObject, "the policy as a JSON object such as {}");
        reader.CheckNames(root, TopLevel);

        var policy = new CapturePolicy();
        foreach (var (name, value) in root.Properties)
        {
            policy = name switch
            {
                "team" => policy with { Team = reader.String(value) },
                "orgKey" => policy with { OrgKey = reader.Key(value) },
                "pseudonymise" => policy with { Pseudonymise = reader.Bool(value) },
                "templating" => policy with { Templating = reader.Bool(value) },
                "kAnonymity" => policy with { KAnonymity = reader.Int(value, 1, 1_000_000) },
                "apps" => ReadLists(reader, value, policy, apps: true),
                "urls" => ReadLists(reader, value, policy, apps: false),
                "recordingHours" => policy with { RecordingHours = ReadWindows(reader, value) },
                "typedText" => policy with { TypedText = ReadOptIns(reader, value) },
                "clipboardText" => policy with { ClipboardText = ReadOptIns(reader, value) },
                "rules" => policy with { Rules = ReadRules(reader, value) },
                _ => policy,
            };
        }
        // A missing orgKey is allowed here: the agent may add it from its own key store
        // (policy with { OrgKey = … }); the filter refuses to start without one.
        return policy;
    }

    private static CapturePolicy ReadLists(Reader reader, JsonNode node, CapturePolicy policy, bool apps)
    {
        reader.Expect(node, JsonTokenType.StartObject, "an object with \"allow\" and/or \"deny\" lists of glob patterns");
        reader.CheckNames(node, ["allow", "deny"]);
        foreach (var (name, value) in node.Properties)
        {
            var globs = reader.StringList(value);
            policy = (apps, name) switch
            {
                (true, "allow") => policy with { AllowApps = globs },
                (true, _) => policy with { DenyApps = globs },
                (false, "allow") => policy with { AllowUrls = globs },
                _ => policy with { DenyUrls = globs },
            };
        }
        return policy;
    }

    private static List<RecordingWindow> ReadWindows(Reader reader, JsonNode node)
    {
        var items = node.Kind == JsonTokenType.StartArray ? node.Items : [node];
        var windows = new List<RecordingWindow>();
        foreach (var item in items)
        {
            reader.Expect(item, JsonTokenType.StartObject, "a recording window {\"days\", \"from\", \"to\", \"timeZone\"}");
            reader.CheckNames(item, ["days", "from", "to", "timeZone"]);
            var window = new RecordingWindow();
            foreach (var (name, value) in item.Properties)
            {
                window = name switch
                {
                    "days" => window with { Days = reader.StringList(value).Select(d => reader.Day(value, d)).ToArray() },
                    "from" => window with { From = reader.Time(value) },
                    "to" => window with { To = reader.Time(value) },
                    _ => window with { TimeZone = reader.TimeZone(value) },
                };
            }
            windows.Add(window);
        }
        return windows;
    }

    private static List<TextOptIn> ReadOptIns(Reader reader, JsonNode node)
    {
        reader.Expect(node, JsonTokenType.StartArray, "a list of {\"app\", \"field\"} glob pairs");
        var list = new List<TextOptIn>();
        foreach (var item in node.Items)
        {
            reader.Expect(item, JsonTokenType.StartObject, "an object {\"app\": glob, \"field\": glob}");
            reader.CheckNames(item, ["app", "field"]);
            var optIn = new TextOptIn();
            foreach (var (name, value) in item.Properties)
                optIn = name == "app" ? optIn with { App = reader.String(value) } : optIn with { Field = reader.String(value) };
            list.Add(optIn);
        }
        return list;
    }

    private static List<CustomRule> ReadRules(Reader reader, JsonNode node)
    {
        reader.Expect(node, JsonTokenType.StartArray, "a list of {\"pattern\", \"replacement\"} rules");
        var list = new List<CustomRule>();
        foreach (var item in node.Items)
        {
            reader.Expect(item, JsonTokenType.StartObject, "a rule {\"pattern\": regex, \"replacement\": text}");
            reader.CheckNames(item, ["name", "pattern", "replacement"]);
            JsonNode? patternNode = null;
            string? replacement = null;
            foreach (var (name, value) in item.Properties)
            {
                if (name == "pattern")
                    patternNode = value;
                else if (name == "replacement")
                    replacement = reader.String(value);
                else
                    reader.String(value);
            }
            if (patternNode is null)
                throw reader.Error(item, "a rule needs a \"pattern\" (a regular expression)");
            var pattern = reader.String(patternNode);
            try
            {
                _ = new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(RegexLimits.MatchTimeoutMs));
            }
            catch (ArgumentException ex)
            {
                throw reader.Error(patternNode, $"invalid regular expression: {ex.Message}");
            }
            list.Add(new CustomRule(pattern, replacement ?? "<redacted>"));
        }
        return list;
    }

    /// <summary>Typed reads of single values, raising errors that name the line and property.</summary>
    private sealed class Reader(string source)
    {
        public InputException Error(JsonNode node, string problem) =>
            new(source, node.Line, node.Path.Length == 0 ? null : node.Path, problem);

        public void Expect(JsonNode node, JsonTokenType kind, string expected)
        {
            if (node.Kind != kind)
                throw Error(node, $"expected {expected}, found {node.KindName}");
        }

        public void CheckNames(JsonNode node, IReadOnlyCollection<string> known)
        {
            foreach (var (name, value) in node.Properties)
            {
                if (!known.Contains(name))
                    throw Error(value, $"unknown property \"{name}\"; expected one of: {string.Join(", ", known)}");
            }
        }

        public string String(JsonNode node)
        {
            Expect(node, JsonTokenType.String, "a string");
            return node.Text ?? "";
        }

        public bool Bool(JsonNode node)
        {
            if (node.Kind is not (JsonTokenType.True or JsonTokenType.False))
                throw Error(node, $"expected true or false, found {node.KindName}");
            return node.Kind == JsonTokenType.True;
        }

        public int Int(JsonNode node, int min, int max)
        {
            Expect(node, JsonTokenType.Number, $"a whole number from {min} to {max}");
            if (!int.TryParse(node.Text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
                throw Error(node, $"expected a whole number from {min} to {max}, found {node.Text}");
            return value;
        }

        public List<string> StringList(JsonNode node)
        {
            Expect(node, JsonTokenType.StartArray, "a list of strings");
            return node.Items.Select(String).ToList();
        }

        public string Key(JsonNode node)
        {
            var text = String(node);
            try
            {
                _ = Pseudonymiser.ParseKey(text);
            }
            catch (FormatException ex)
            {
                throw Error(node, ex.Message);
            }
            return text;
        }

        public DayOfWeek Day(JsonNode node, string text)
        {
            var day = text.Trim().ToUpperInvariant();
            foreach (var d in Enum.GetValues<DayOfWeek>())
            {
                var full = d.ToString().ToUpperInvariant();
                if (day == full || (day.Length == 3 && full.StartsWith(day, StringComparison.Ordinal)))
                    return d;
            }
            throw Error(node, $"unknown day \"{text}\"; expected mon, tue, wed, thu, fri, sat, sun (or full names)");
        }

        public TimeOnly Time(JsonNode node)
        {
            var text = String(node);
            if (text == "24:00")
                return TimeOnly.MaxValue;
            if (!TimeOnly.TryParseExact(text, ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
                throw Error(node, $"expected a time as HH:mm (e.g. \"08:30\"), found \"{text}\"");
            return time;
        }

        public string TimeZone(JsonNode node)
        {
            var text = String(node);
            try
            {
                _ = TimeZoneInfo.FindSystemTimeZoneById(text);
            }
            catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
            {
                throw Error(node, $"unknown time zone \"{text}\"; expected an IANA id such as \"Europe/Berlin\" or \"UTC\"");
            }
            return text;
        }
    }
}
