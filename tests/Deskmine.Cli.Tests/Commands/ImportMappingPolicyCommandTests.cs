using System.Text;
using Deskmine.Cli.Tests.Support;
using Deskmine.Core.Events;
using Deskmine.Storage.Workspaces;

namespace Deskmine.Cli.Tests.Commands;

public sealed class ImportMappingPolicyCommandTests
{
    private const string WindowTracker = "App;Title;Begin;End\n"
        + "Outlook;Inbox;6-3-2023 08:32;6-3-2023 08:40\n"
        + "Excel;Budget.xlsx;6-3-2023 08:40;6-3-2023 09:05\n";

    // Planted secrets: an e-mail address, an IBAN (valid check digits) and a card number (valid Luhn).
    private static readonly string[] Secrets = ["ann.miller@example.com", "DE89370400440532013000", "4111111111111111"];

    private static readonly string SecretCsv = "case_id,activity,timestamp,note\n"
        + $"1,register,2024-01-01 08:00:00,mail {Secrets[0]}\n"
        + $"1,pay,2024-01-01 09:00:00,IBAN {Secrets[1]}\n"
        + $"2,{Secrets[2]},2024-01-02 08:00:00,card\n";

    private static readonly string SecretActivityWatch = $$$"""
        {"buckets": {"aw-watcher-window_desk": {"id": "aw-watcher-window_desk", "type": "currentwindow", "client": "aw-watcher-window",
          "hostname": "desk", "events": [
            {"id": 2, "timestamp": "2023-03-06T07:40:01Z", "duration": 64.0, "data": {"app": "chrome.exe", "title": "Transfer to {{{Secrets[1]}}} - Bank"}},
            {"id": 1, "timestamp": "2023-03-06T07:32:10Z", "duration": 470.9, "data": {"app": "OUTLOOK.EXE", "title": "Inbox - {{{Secrets[0]}}} - Outlook"} }] } } }
        """;

    [Fact]
    public void A_window_tracker_csv_imports_with_columns_delimiter_and_a_day_first_format()
    {
        using var dir = new TempDir();
        var file = dir.File("tracker.csv");
        File.WriteAllText(file, WindowTracker);

        var run = CliRun.Of("import", file, "--format", "csv", "--columns", "ts=Begin,end=End,app=App,window=Title",
            "--delimiter", ";", "--timestamp-format", "d-M-yyyy HH:mm", "--timezone", "UTC", "-w", dir.File("ws"));

        Assert.Equal(CliApp.Ok, run.ExitCode);
        using var ws = Workspace.OpenReadOnly(dir.File("ws"));
        var events = ws.Events.ReadEvents().ToList();
        Assert.Equal(["Outlook", "Excel"], events.Select(e => e.App));
        Assert.Equal(["Inbox", "Budget.xlsx"], events.Select(e => e.Window));
        Assert.Equal([8 * 60_000_000L, 25 * 60_000_000L], events.Select(e => e.Duration ?? 0));
        Assert.All(events, e => Assert.Equal(EventKinds.AppSwitch, e.Kind));
    }

    [Fact]
    public void A_saved_mapping_file_does_the_same_and_a_bad_one_is_named()
    {
        using var dir = new TempDir();
        var file = dir.File("tracker.csv");
        File.WriteAllText(file, WindowTracker);
        var mapping = dir.File("tracker.mapping.json");
        File.WriteAllText(mapping, """{ "columns": { "ts": "Begin", "end": "End", "app": "App", "window": "Title" }, "timestampFormats": ["d-M-yyyy HH:mm"] }""");
        var bad = dir.File("bad.mapping.json");
        File.WriteAllText(bad, "{\n  \"columns\": { \"title\": \"Title\" }\n}");

        var run = CliRun.Of("import", file, "--mapping", mapping, "-w", dir.File("ws"));
        var refused = CliRun.Of("import", file, "--mapping", bad, "-w", dir.File("ws2"));

        Assert.Equal(CliApp.Ok, run.ExitCode);
        Assert.Contains("imported 2 events", run.Out, StringComparison.Ordinal);
        Assert.Equal(CliApp.BadInput, refused.ExitCode);
        Assert.Contains("bad.mapping.json, line 2, column 'columns.title'", refused.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dir.File("ws2")));
    }

    [Fact]
    public void Csv_options_with_another_format_are_a_usage_error()
    {
        using var dir = new TempDir();
        var file = dir.File("tracker.csv");
        File.WriteAllText(file, WindowTracker);
        var run = CliRun.Of("import", file, "--format", "xes", "--columns", "ts=Begin", "-w", dir.File("ws"));
        Assert.Equal(CliApp.Usage, run.ExitCode);
    }

    [Theory]
    [InlineData("log.csv")]
    [InlineData("aw-export.json")]
    public void With_a_policy_planted_secrets_never_reach_the_workspace_files(string name)
    {
        using var dir = new TempDir();
        var file = dir.File(name);
        File.WriteAllText(file, name.EndsWith(".csv", StringComparison.Ordinal) ? SecretCsv : SecretActivityWatch);
        var policy = dir.File("policy.json");
        File.WriteAllText(policy, """{ "pseudonymise": false }""");

        // Without the policy the secrets are stored: the byte scan can see them.
        var plain = CliRun.Of("import", file, "-w", dir.File("plain"));
        var filtered = CliRun.Of("import", file, "--policy", policy, "-w", dir.File("filtered"));

        Assert.Equal(CliApp.Ok, plain.ExitCode);
        Assert.Equal(CliApp.Ok, filtered.ExitCode);
        Assert.Contains("privacy filter: kept", filtered.Out, StringComparison.Ordinal);
        var plainBytes = AllBytes(dir.File("plain"));
        var filteredBytes = AllBytes(dir.File("filtered"));
        Assert.Contains(Secrets, s => Contains(plainBytes, s));
        foreach (var secret in Secrets)
            Assert.False(Contains(filteredBytes, secret), $"'{secret}' reached the filtered workspace");
        using var ws = Workspace.OpenReadOnly(dir.File("filtered"));
        Assert.NotEmpty(ws.Events.ReadEvents());
    }

    [Fact]
    public void A_policy_that_cannot_start_stops_the_import_before_anything_is_written()
    {
        using var dir = new TempDir();
        var file = dir.File("log.csv");
        File.WriteAllText(file, SecretCsv);
        var policy = dir.File("policy.json");
        File.WriteAllText(policy, "{}"); // pseudonyms wanted, but no organisation key

        var run = CliRun.Of("import", file, "--policy", policy, "-w", dir.File("ws"));

        Assert.Equal(CliApp.Usage, run.ExitCode);
        Assert.Contains("orgKey", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dir.File("ws")));
    }

    private static byte[] AllBytes(string directory)
    {
        var all = new MemoryStream();
        foreach (var path in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories))
        {
            using var f = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            f.CopyTo(all);
        }
        return all.ToArray();
    }

    private static bool Contains(byte[] haystack, string secret) =>
        haystack.AsSpan().IndexOf(Encoding.UTF8.GetBytes(secret)) >= 0
        || haystack.AsSpan().IndexOf(Encoding.Unicode.GetBytes(secret)) >= 0;
}
