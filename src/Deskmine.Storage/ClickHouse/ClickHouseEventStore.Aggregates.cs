using System.Globalization;
using Deskmine.Core.Logs;

namespace Deskmine.Storage.ClickHouse;

internal sealed partial class ClickHouseEventStore
{
    /// <summary>
    /// The discovery aggregates from the per-shard views (<see cref="ClickHouseSql"/>), merged on the initiator; only
    /// aggregate rows reach the client. Answers the imported case notion, and <c>auto</c> when every event has an
    /// imported case id, with the imported activity (classifier <c>activity</c>, or <c>auto</c> when every event has one).
    /// </summary>
    public LogAggregates? Aggregate(LogQuery query, int? maxVariants)
    {
        ArgumentNullException.ThrowIfNull(query);
        var counts = _server.Rows($"SELECT count(), countIf(isNull(case_id)), countIf(isNull(activity)) FROM {Events}")[0];
        long events = Int(counts[0]), withoutCase = Int(counts[1]), withoutActivity = Int(counts[2]);
        var classifier = query.Classifier;
        var auto = classifier.Count == 0 || (classifier.Count == 1 && classifier[0] == "auto");
        var byActivity = (auto && withoutActivity == 0) || (classifier.Count == 1 && classifier[0] == "activity");
        var caseNotion = query.CaseNotion;
        var byCase = caseNotion == CaseNotions.Imported || (caseNotion == CaseNotions.Auto && withoutCase == 0);
        // Events with a case but no activity would need the "(none)" label of the log reader: left to it.
        if (!byActivity || !byCase || _server.Int64($"SELECT count() FROM {Events} WHERE isNotNull(case_id) AND isNull(activity)") > 0)
            return null;
        if (events == 0)
            return new LogAggregates(0, 0, [], new Dictionary<string, int>(), new Dictionary<string, int>(), [], 0, []);
        RefreshCaseArrays();

        var activities = _server.Rows(ClickHouseSql.MergeActivities(_db, _cluster))
            .Select(r => new ActivityAggregate(r[0], Int(r[1]), (int)Int(r[2]))).ToList();
        var starts = new Dictionary<string, int>(StringComparer.Ordinal);
        var ends = new Dictionary<string, int>(StringComparer.Ordinal);
        var numCases = 0;
        foreach (var r in _server.Rows(ClickHouseSql.MergeEnds(_db, _cluster)))
        {
            var (s, e) = ((int)Int(r[1]), (int)Int(r[2]));
            if (s > 0)
                starts[r[0]] = s;
            if (e > 0)
                ends[r[0]] = e;
            numCases += s;
        }
        var edges = _server.Rows(ClickHouseSql.MergeEdges(_db, _cluster))
            .Select(r => new EdgeAggregate(r[0], r[1], Int(r[2]), Int(r[3]), Int(r[4]), Int(r[5]), Int(r[6]), Real(r[7]))).ToList();
        // The in-memory log orders stored case codes by first appearance, computed case names (auto) by name; the
        // first case of a variant in that order breaks ties between equally frequent variants.
        var variants = _server.Rows(ClickHouseSql.MergeVariants(_db, _cluster, firstByName: caseNotion == CaseNotions.Auto, maxVariants))
            .Select(r => new VariantAggregate(ClickHouseArrays.Strings(r[0]), (int)Int(r[1]), (int)Int(r[2]), Int(r[3]), Real(r[4]))).ToList();
        // Every variant came back unless some were cut: only then does the count cost another pass over the cases.
        var numVariants = maxVariants is { } kept && variants.Count >= kept ? (int)_server.Int64(ClickHouseSql.CountVariants(_db, _cluster)) : variants.Count;
        return new LogAggregates(numCases, activities.Sum(a => a.Events), activities, starts, ends, edges, numVariants, variants);
    }

    private static long Int(string field) => long.Parse(field, CultureInfo.InvariantCulture);

    private static double Real(string field) => field is "nan" or "-nan" ? double.NaN : double.Parse(field, CultureInfo.InvariantCulture);
}
