using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Deskmine.Workspaces.Tests.Support;

/// <summary>
/// A real two-shard ClickHouse cluster on 127.0.0.1, started by <c>scripts/clickhouse.sh start</c> in a folder of its own
/// (so it never touches a cluster the user runs from <c>.build/clickhouse</c>) and stopped and deleted on dispose. The
/// script installs Debian's server when it is missing (as root, as in CI).
/// </summary>
public sealed partial class ClickHouseCluster : IDisposable
{
    private readonly string _script;
    private readonly string _folder;

    public ClickHouseCluster()
    {
        _script = Path.Combine(RepositoryRoot(), "scripts", "clickhouse.sh");
        _folder = Path.Combine(Path.GetTempPath(), "deskmine-clickhouse-" + Guid.NewGuid().ToString("N")[..8]);
        var output = Run("start");
        Url = output.Trim().Split('\n')[^1].Trim();
        ShardUrls = PortPattern().Matches(Run("status")).Select(m => $"http://127.0.0.1:{m.Groups[1].Value}/").ToArray();
        if (!Url.StartsWith("http://", StringComparison.Ordinal) || ShardUrls.Count != 2)
            throw new InvalidOperationException($"scripts/clickhouse.sh start printed no URL or not two shards: {output}");
    }

    /// <summary>HTTP address of the first shard, which takes the queries.</summary>
    public string Url { get; }

    /// <summary>HTTP address of each shard.</summary>
    public IReadOnlyList<string> ShardUrls { get; }

    /// <summary>The answer of one server to a query, as text.</summary>
    public static string Query(string url, string sql)
    {
        using var http = new HttpClient();
        using var response = http.PostAsync(url, new StringContent(sql)).GetAwaiter().GetResult();
        var body = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
        return response.IsSuccessStatusCode ? body.Trim() : throw new InvalidOperationException(body);
    }

    public void Dispose()
    {
        Run("stop");
        try { Directory.Delete(_folder, recursive: true); }
        catch (IOException) { /* best effort */ }
        catch (UnauthorizedAccessException) { /* best effort */ }
    }

    private string Run(string verb)
    {
        var start = new ProcessStartInfo("bash", [_script, verb]) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["DESKMINE_CLICKHOUSE_DIR"] = _folder;
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0 && verb != "status")
            throw new InvalidOperationException($"scripts/clickhouse.sh {verb} failed ({process.ExitCode}): {stderr.Result}{stdout}");
        return stdout;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Deskmine.slnx")))
                return dir.FullName;
        }
        throw new InvalidOperationException("Deskmine.slnx not found above the test assembly.");
    }

    [GeneratedRegex(@"HTTP port (\d+)")]
    private static partial Regex PortPattern();
}

/// <summary>The tests that share one <see cref="ClickHouseCluster"/>.</summary>
[CollectionDefinition(Name)]
public sealed class ClickHouseCollection : ICollectionFixture<ClickHouseCluster>
{
    public const string Name = "ClickHouse cluster";
}
