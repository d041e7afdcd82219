using Deskmine.Core.Logs;

namespace Deskmine.Mining.Filters;

/// <summary>Copies the kept events of a log into a new log, keeping case and event order and all columns.</summary>
internal static class EventLogSlicer
{
    /// <summary>
    /// Keeps event <c>i</c> of case <c>c</c> when <paramref name="keepCase"/> (if given) keeps <c>c</c> and
    /// <paramref name="keepEvent"/> (if given) keeps <c>i</c>. Cases with no kept event disappear.
    /// </summary>
    public static EventLog Keep(EventLog log, bool[]? keepCase, bool[]? keepEvent)
    {
        var starts = log.CaseStarts;
        var caseIds = new List<string>();
        var newStarts = new List<int> { 0 };
        var kept = new List<int>();
        for (var c = 0; c < log.CaseCount; c++)
        {
            if (keepCase is not null && !keepCase[c])
                continue;
            var before = kept.Count;
            for (var i = starts[c]; i < starts[c + 1]; i++)
            {
                if (keepEvent is null || keepEvent[i])
                    kept.Add(i);
            }
            if (kept.Count == before)
                continue;
            caseIds.Add(log.CaseIds[c]);
            newStarts.Add(kept.Count);
        }

        var acts = new int[kept.Count];
        var ts = new long[kept.Count];
        var refs = new long[kept.Count];
        for (var k = 0; k < kept.Count; k++)
        {
            acts[k] = log.Activities[kept[k]];
            ts[k] = log.Timestamps[kept[k]];
            refs[k] = log.EventRefs[kept[k]];
        }
        long[]? durations = null;
        if (log.Durations is { } lengths)
        {
            durations = new long[kept.Count];
            for (var k = 0; k < kept.Count; k++)
                durations[k] = lengths[kept[k]];
        }
        var attributes = new Dictionary<string, CategoricalColumn>(StringComparer.Ordinal);
        foreach (var (name, column) in log.Attributes)
        {
            var codes = new int[kept.Count];
            for (var k = 0; k < kept.Count; k++)
                codes[k] = column.Codes[kept[k]];
            attributes[name] = new CategoricalColumn(column.Names, codes);
        }
        return new EventLog(caseIds, [.. newStarts], log.ActivityNames, acts, ts, refs, attributes, durations);
    }
}
