using Deskmine.Core.Logs;
using Deskmine.Storage.Formats;

namespace Deskmine.Analysis.Tests.Compliance;

/// <summary>Logs for the compliance tests: small hand-made ones and the shared reference logs and models.</summary>
internal static class ComplianceData
{
    public const string NoShared = "The shared reference models and logs (../shared/data/models, ../shared/data/eventlogs) are not in this checkout.";

    /// <summary>The path of <c>../shared/data</c>, or <c>null</c> when this checkout has none.</summary>
    public static string? Root { get; } = Find();

    /// <summary>A log of (case, activity, seconds after 08:00, user, team) rows; a null second means no timestamp.</summary>
    public static EventLog Log(params (string Case, string Activity, double? Seconds, string? User, string? Team)[] rows)
    {
        var builder = new EventLogBuilder(["user", "team"]);
        foreach (var (c, a, s, user, team) in rows)
            builder.Add(c, a, s is { } v ? Some.At(v) : null, [user, team]);
        return builder.Build();
    }

    /// <summary>A log of cases given as activity sequences (one second apart, user u1, team T1).</summary>
    public static EventLog Traces(params string[][] cases)
    {
        var rows = new List<(string, string, double?, string?, string?)>();
        for (var c = 0; c < cases.Length; c++)
        {
            for (var i = 0; i < cases[c].Length; i++)
                rows.Add(($"c{c + 1}", cases[c][i], i, "u1", "T1"));
        }
        return Log([.. rows]);
    }

    /// <summary>A shared reference log as an event log (case id, concept name, user, team and org:resource).</summary>
    public static EventLog ReadLog(string file) =>
        EventLogs.FromEvents(LogReaders.Open(Path.Combine(Root!, "eventlogs", "logs", file)));

    public static string ModelPath(string file) => Path.Combine(Root!, "models", "bpmn", file);

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Deskmine.slnx")))
            {
                var data = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data"));
                return Directory.Exists(Path.Combine(data, "models", "bpmn")) ? data : null;
            }
        }
        return null;
    }
}
