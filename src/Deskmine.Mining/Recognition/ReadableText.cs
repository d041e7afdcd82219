using System.Text;

namespace Deskmine.Mining.Recognition;

/// <summary>
/// Turns recorded texts (templated titles, addresses, element names, process names) into words a person reads,
/// leaving out everything that identifies a record or a person: words with digits (ids, row numbers, pseudonyms such
/// as <c>u03</c>), template placeholders, e-mail addresses, file paths and addresses.
/// </summary>
internal static class ReadableText
{
    private static readonly string[] Separators = [" - ", " – ", " — ", " | ", ": ", " · "];

    private static readonly HashSet<string> TrailingStop = new(StringComparer.OrdinalIgnoreCase)
    {
        "from", "for", "to", "of", "by", "with", "and", "or", "the", "a", "an", "in", "on", "at", "no", "nr", "id", "#",
    };

    private static readonly Dictionary<string, string> KnownApps = new(StringComparer.OrdinalIgnoreCase)
    {
        ["outlook"] = "Outlook", ["acrord32"] = "Acrobat Reader", ["acrobat"] = "Acrobat", ["saplogon"] = "SAP",
        ["sapgui"] = "SAP", ["excel"] = "Excel", ["winword"] = "Word", ["powerpnt"] = "PowerPoint",
        ["chrome"] = "Chrome", ["msedge"] = "Edge", ["firefox"] = "Firefox", ["teams"] = "Teams",
        ["explorer"] = "Explorer", ["notepad"] = "Notepad", ["os-clipboard"] = "Clipboard", ["code"] = "VS Code",
    };

    /// <summary>Readable application name: <c>OUTLOOK.EXE</c> → <c>Outlook</c>, <c>saplogon.exe</c> → <c>SAP</c>.</summary>
    public static string App(string? process)
    {
        if (string.IsNullOrWhiteSpace(process))
            return "";
        var name = process.Trim();
        var slash = name.LastIndexOfAny(['\\', '/']);
        if (slash >= 0)
            name = name[(slash + 1)..];
        if (name.EndsWith(".exe", StringComparison.OrdinalIgnoreCase))
            name = name[..^4];
        if (KnownApps.TryGetValue(name, out var known))
            return known;
        var words = Words(name);
        return words.Count == 0 ? "" : Capitalise(string.Join(' ', words));
    }

    /// <summary>
    /// The first part of a templated title that names a screen (<c>Inbox - u03@corp.example - Outlook</c> →
    /// <c>Inbox</c>; <c>MIRO Enter Incoming Invoice: Company Code 1000</c> → <c>MIRO Enter Incoming Invoice</c>),
    /// skipping parts that only name the application; at most <paramref name="maxWords"/> words.
    /// </summary>
    public static string Screen(string? title, string app, int maxWords = 4)
    {
        if (string.IsNullOrWhiteSpace(title))
            return "";
        foreach (var part in title.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var phrase = Phrase(part, maxWords);
            if (phrase.Length == 0 || IsAppName(phrase, app))
                continue;
            return phrase;
        }
        return "";
    }

    /// <summary>The site of an address: <c>https://form.jotform.com/2004…</c> → <c>jotform</c>.</summary>
    public static string Site(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
            return "";
        var start = url.IndexOf("://", StringComparison.Ordinal);
        var rest = start >= 0 ? url[(start + 3)..] : url;
        var end = rest.IndexOfAny(['/', '?', '#', ':']);
        var host = (end < 0 ? rest : rest[..end]).Split('.', StringSplitOptions.RemoveEmptyEntries);
        // The registered name is the label before the public suffix (two labels for co.uk-like suffixes).
        var i = host.Length - 2;
        if (i > 0 && host[^1].Length == 2 && host[i].Length <= 3)
            i--;
        var label = i >= 0 ? host[i] : host.LastOrDefault() ?? "";
        return label.Any(char.IsAsciiDigit) || label.Contains('<', StringComparison.Ordinal) ? "" : label.ToLowerInvariant();
    }

    /// <summary>
    /// Readable words of a templated text, up to its first placeholder: identifiers are split
    /// (<c>q3_name[first]</c> → <c>name first</c>, <c>NewRecord</c> → <c>New Record</c>), file names lose their
    /// extension, and words with digits, e-mail addresses, paths and addresses are left out.
    /// </summary>
    public static string Phrase(string? text, int maxWords)
    {
        if (string.IsNullOrWhiteSpace(text))
            return "";
        var words = new List<string>();
        foreach (var raw in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (raw.Contains('<', StringComparison.Ordinal))
                break;
            if (raw.Contains('@', StringComparison.Ordinal) || raw.Contains('\\', StringComparison.Ordinal)
                || raw.Contains("//", StringComparison.Ordinal) || raw.Contains('/', StringComparison.Ordinal))
                continue;
            var token = raw;
            var dot = token.LastIndexOf('.');
            if (dot > 0 && dot < token.Length - 1 && token[(dot + 1)..].All(char.IsAsciiLetterOrDigit))
                token = token[..dot];
            words.AddRange(Words(token));
            if (words.Count >= maxWords)
                break;
        }
        while (words.Count > 0 && TrailingStop.Contains(words[^1]))
            words.RemoveAt(words.Count - 1);
        return string.Join(' ', words.Take(maxWords));
    }

    /// <summary>Letter-only words of an identifier or phrase, split at case changes, digits and symbols.</summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var sb = new StringBuilder();
        var hasDigit = false;
        void Flush()
        {
            if (sb.Length > 0 && !hasDigit)
                words.Add(sb.ToString());
            sb.Clear();
            hasDigit = false;
        }
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLetter(c))
            {
                // camelCase and PascalCase boundaries: "NewRecord" → New | Record; "XMLFile" → XML | File.
                if (sb.Length > 0 && char.IsUpper(c) && (char.IsLower(sb[^1])
                    || (i + 1 < text.Length && char.IsLower(text[i + 1]) && char.IsUpper(sb[^1]))))
                    Flush();
                sb.Append(c);
            }
            else if (char.IsDigit(c))
            {
                // A digit inside a word makes the whole word an id (u03, Sheet1, q3).
                hasDigit = true;
            }
            else if (c == '\'' && sb.Length > 0 && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                sb.Append(c);
            }
            else
            {
                Flush();
            }
        }
        Flush();
        return words;
    }

    /// <summary>Cuts <paramref name="text"/> to at most <paramref name="max"/> characters at a word boundary.</summary>
    public static string Fit(string text, int max)
    {
        if (text.Length <= max)
            return text;
        var cut = text.LastIndexOf(' ', max);
        return (cut > max / 2 ? text[..cut] : text[..max]).TrimEnd(' ', ':', '–', '-', '\'');
    }

    public static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    private static bool IsAppName(string phrase, string app)
    {
        if (phrase.Equals(app, StringComparison.OrdinalIgnoreCase))
            return true;
        // "Adobe Acrobat Reader", "Google Chrome", "Microsoft Excel": vendor and product, no screen.
        var words = phrase.Split(' ');
        return words.Length <= 3 && words.All(w => w is "Adobe" or "Microsoft" or "Google" or "Reader" or "Excel" or "Outlook"
            or "Chrome" or "Edge" or "Word" or "Acrobat" or "Teams" or "Notepad" or "SAP" or "Logon" or "Explorer")
            || phrase.Equals(app + " Reader", StringComparison.OrdinalIgnoreCase);
    }
}
