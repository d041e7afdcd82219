using System.Net;
using System.Text;
using Deskmine.Core.Events;
using Deskmine.Server.Tests.Support;

namespace Deskmine.Server.Tests.Ingest;

/// <summary>
/// A client that skipped its own filter sends secrets; the server's filter must keep every one of them out of
/// the workspace files and out of its log.
/// </summary>
public sealed class PlantedSecretsTests
{
    private static readonly string[] Secrets =
    [
        "john.smith@example.com", "4111 1111 1111 1111", "4111111111111111", "DE89 3704 0044 0532 0130 00",
        "DE89370400440532013000", "abc123def456ghi789", "hunter2pass", "Mustermann",
    ];

    // Not a secret: proves the byte scan can see plain text in the workspace files at all.
    private const string Canary = "canary-visible-zq7";

    [Fact]
    public async Task Planted_secrets_never_reach_the_workspace_files_or_the_log()
    {
        await using var server = await RunningServer.StartAsync();
        using var client = server.Client();
        var events = new List<UiEvent>
        {
            Some.Event("p", 0) with { Window = "Customer john.smith@example.com - CRM", TargetName = Canary },
            Some.Event("p", 1) with { Kind = EventKinds.Paste, Value = "card 4111 1111 1111 1111", Attrs = new Dictionary<string, string> { ["cell"] = "4111111111111111" } },
            Some.Event("p", 2) with { Kind = EventKinds.TextInput, Value = "IBAN DE89 3704 0044 0532 0130 00 and DE89370400440532013000" },
            Some.Event("p", 3) with { Kind = EventKinds.Navigate, App = "chromium", Url = "https://bob:hunter2pass@portal.example.com/orders?access_token=abc123def456ghi789&page=2" },
            Some.Event("p", 4) with { App = "outlook", Window = "RE: Offer – Gabriele Mustermann – Outlook" },
        };
        var response = await client.PostAsync("api/v1/events", RunningServer.Json(RunningServer.Batch(events)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var stored = await server.StoredEventsAsync();
        Assert.Equal(5, stored.Count);

        var files = Directory.EnumerateFiles(server.Workspace, "*", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(files);
        var bytes = files.SelectMany(File.ReadAllBytes).ToArray();
        Assert.True(Contains(bytes, Canary), "the scan must be able to see plain text in the workspace files");
        Assert.True(server.Log.Count > 0);
        foreach (var secret in Secrets)
        {
            Assert.False(Contains(bytes, secret), $"'{secret}' found in the workspace files");
            Assert.DoesNotContain(secret, server.Log.Text, StringComparison.Ordinal);
            Assert.DoesNotContain(stored, e => UiEventJson.ToUtf8(e).AsSpan().IndexOf(Encoding.UTF8.GetBytes(secret)) >= 0);
        }
        Assert.DoesNotContain(Canary, server.Log.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(RunningServer.Token, server.Log.Text, StringComparison.Ordinal);
    }

    private static bool Contains(byte[] haystack, string needle) =>
        haystack.AsSpan().IndexOf(Encoding.UTF8.GetBytes(needle)) >= 0 || haystack.AsSpan().IndexOf(Encoding.Unicode.GetBytes(needle)) >= 0;
}
