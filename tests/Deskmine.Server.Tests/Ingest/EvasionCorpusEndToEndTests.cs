using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Deskmine.Core.Events;
using Deskmine.Privacy.Normalisation;
using Deskmine.Server.Tests.Support;

namespace Deskmine.Server.Tests.Ingest;

/// <summary>
/// A client that skipped its own filter posts every planted secret of the privacy corpus, disguised, in every text
/// field of the schema (session, kind, app, window, url, labels, value, case id, team, attrs) to the real server; no
/// secret may be found, after normalising both sides, in the stored events, in any byte of the workspace folder, in
/// the server log or in the session list the server returns.
/// </summary>
public sealed class EvasionCorpusEndToEndTests
{
    private sealed record Planted(string Category, string Evasion, string Secret, string Text);

    [Fact]
    public async Task Disguised_secrets_in_every_field_never_reach_the_workspace_the_log_or_the_session_list()
    {
        var corpus = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Corpus", "planted-secrets.jsonl"))
            .Where(l => l.Length > 0)
            .Select(l => JsonSerializer.Deserialize<Planted>(l, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!)
            .Where((_, i) => i % 4 == 0)
            .ToList();
        await using var server = await RunningServer.StartAsync();
        using var client = server.Client();
        var events = corpus.Select((p, i) => Some.Event(i % 10 == 0 ? "s-" + p.Text : "plain", i) with
        {
            Kind = i % 7 == 0 ? p.Text : EventKinds.Copy,
            App = p.Text,
            Window = p.Text,
            Url = p.Text.StartsWith("http", StringComparison.Ordinal) ? p.Text : "https://crm.example.com/n?t=" + Uri.EscapeDataString(p.Text),
            TargetName = p.Text,
            TargetId = p.Text,
            Value = p.Text,
            CaseId = p.Text,
            Team = p.Text,
            Attrs = new Dictionary<string, string> { ["note"] = p.Text, [p.Text] = "x" },
        }).ToList();
        foreach (var batch in events.Chunk(100))
        {
            using var response = await client.PostAsync("api/v1/events", RunningServer.Json(RunningServer.Batch(batch)));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        var sessions = await client.GetStringAsync("api/v1/sessions");
        var stored = await server.StoredEventsAsync();
        Assert.True(stored.Count > corpus.Count / 2, $"{stored.Count} of {corpus.Count} stored");

        // An event id is a random GUID that no planted text reaches; its hex digits would match a short digit secret by chance.
        var storedText = Compact(string.Join('\n', stored.Select(e => Encoding.UTF8.GetString(UiEventJson.ToUtf8(e with { Id = Guid.Empty })))));
        var fileText = Compact(string.Concat(Directory.EnumerateFiles(server.Workspace, "*", SearchOption.AllDirectories)
            .Select(f => Encoding.UTF8.GetString(File.ReadAllBytes(f)) + Encoding.Unicode.GetString(File.ReadAllBytes(f)))));
        var logText = Compact(server.Log.Text);
        var sessionText = Compact(sessions);
        var leaks = new List<string>();
        foreach (var p in corpus)
        {
            var secret = Compact(p.Secret);
            foreach (var (where, text) in new[] { ("stored", storedText), ("log", logText), ("sessions", sessionText) })
            {
                if (text.Contains(secret, StringComparison.Ordinal))
                    leaks.Add($"{p.Category}/{p.Evasion} in {where}");
            }
            // Binary files hold short digit runs by chance; only secrets of eight or more characters are looked for there.
            if (secret.Length >= 8 && fileText.Contains(secret, StringComparison.Ordinal))
                leaks.Add($"{p.Category}/{p.Evasion} in the workspace files");
        }
        Assert.True(leaks.Count == 0, $"{leaks.Count} leaks of {corpus.Count} planted:\n" + string.Join('\n', leaks.Take(30)));
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
