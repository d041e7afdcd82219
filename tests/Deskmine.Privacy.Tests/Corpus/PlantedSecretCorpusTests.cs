using System.Globalization;
using System.Text;
using System.Text.Json;
using Deskmine.Core.Events;
using Deskmine.Privacy.Normalisation;
using Deskmine.Privacy.Policies;
using Xunit.Abstractions;

namespace Deskmine.Privacy.Tests.Corpus;

/// <summary>
/// Every planted secret of <c>planted-secrets.jsonl</c> (cards, IBANs, e-mails, phones, national ids, IPs, URL
/// secrets, JWTs, password phrases, names in titles; each in many evasions) goes through the filter in the title,
/// address, label, value and an attribute of one event; none of its letters and digits may survive, compared after
/// normalising both sides (NFKC, separators removed, lower case).
/// </summary>
public class PlantedSecretCorpusTests(ITestOutputHelper output)
{
    private static readonly PrivacyFilter Filter = Some.Filter(Some.Policy() with { ClipboardText = [new TextOptIn()] });

    public static IReadOnlyList<PlantedSecret> Corpus { get; } = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Corpus", "planted-secrets.jsonl"))
        .Where(line => line.Length > 0)
        .Select(line => JsonSerializer.Deserialize<PlantedSecret>(line, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!)
        .ToList();

    [Fact]
    public void No_planted_secret_survives_in_any_evasion()
    {
        var leaks = new List<string>();
        foreach (var planted in Corpus)
        {
            var kept = Some.Kept(Filter, Planted(planted.Text));
            if (Leak(planted, Fields(kept)) is { } what)
                leaks.Add($"{planted.Category}/{planted.Evasion}: {what} in {Fields(kept)}");
        }

        foreach (var group in Corpus.GroupBy(p => p.Category))
            output.WriteLine($"{group.Key}: {group.Count()} planted, {leaks.Count(l => l.StartsWith(group.Key + "/", StringComparison.Ordinal))} leaked");
        Assert.True(Corpus.Count > 1000, $"corpus has {Corpus.Count} entries");
        Assert.True(leaks.Count == 0, $"{leaks.Count} of {Corpus.Count} leaked:\n" + string.Join('\n', leaks.Take(40)));
    }

    [Fact]
    public void Every_planted_event_filters_to_a_fixed_point()
    {
        foreach (var planted in Corpus)
        {
            var once = Some.Kept(Filter, Planted(planted.Text));
            var twice = Some.Kept(Filter, once);
            Assert.True(Some.Json(once) == Some.Json(twice), $"{planted.Category}/{planted.Evasion}: {Some.Json(once)} vs {Some.Json(twice)}");
        }
    }

    private static UiEvent Planted(string text) => Some.Event(EventKinds.Copy) with
    {
        Window = $"{text} - Excel",
        Url = text.StartsWith("http", StringComparison.Ordinal) ? text : $"https://crm.example.com/notes?text={Uri.EscapeDataString(text)}",
        TargetName = text,
        Value = text,
        Attrs = new Dictionary<string, string> { ["note"] = text },
    };

    private static string Fields(UiEvent e) =>
        string.Join(" | ", e.Window, e.Url, e.TargetName, e.Value, e.Attrs!["note"]);

    /// <summary>What of the secret survived, or null: the whole secret, any word of a name, or (for numbers) any six
    /// consecutive digits.</summary>
    internal static string? Leak(PlantedSecret planted, string stored)
    {
        var text = Compact(stored);
        var secret = Compact(planted.Secret);
        if (text.Contains(secret, StringComparison.Ordinal))
            return secret;
        if (planted.Category == "name")
        {
            foreach (var word in planted.Secret.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Select(Compact).Where(w => w.Length >= 4))
            {
                if (text.Contains(word, StringComparison.Ordinal))
                    return word;
            }
        }
        var digits = new string(secret.Where(char.IsAsciiDigit).ToArray());
        var storedDigits = new string(text.Where(char.IsAsciiDigit).ToArray());
        if (digits.Length >= 8)
        {
            for (var i = 0; i + 6 <= digits.Length; i++)
            {
                if (storedDigits.Contains(digits.AsSpan(i, 6), StringComparison.Ordinal))
                    return digits.Substring(i, 6);
            }
        }
        return null;
    }

    private static string Compact(string text)
    {
        var normal = TextNormaliser.Normalise(text);
        var builder = new StringBuilder(normal.Length);
        foreach (var c in normal)
        {
            if (char.IsLetterOrDigit(c))
                builder.Append(char.ToLower(c, CultureInfo.InvariantCulture));
        }
        return builder.ToString();
    }
}
