using Deskmine.Core.Logs;

namespace Deskmine.Storage.Logs;

/// <summary>
/// Joins the <see cref="LogChunk"/>s of a file, in file order, into one <see cref="EventLog"/> with the layout the
/// store's log read gives: cases in order of first appearance (imported case ids) or of their names (computed
/// notions), events grouped by case with a counting sort that keeps file order, each case ordered by timestamp and
/// then file order, activities and attributes coded in order of first appearance in that final order. Each chunk is
/// released as soon as its events are placed, so the peak is about the chunks plus the log's own arrays.
/// </summary>
internal static class LogAssembler
{
    public static EventLog Assemble(IList<LogChunk?> chunks, LogFields fields)
    {
        var caseMaps = GlobalCases(chunks, fields.CasesByName, out var caseIds);
        var counts = new int[caseIds.Length + 1];
        for (var k = 0; k < chunks.Count; k++)
        {
            var map = caseMaps[k];
            foreach (var local in chunks[k]!.CaseCodes)
                counts[map[local] + 1]++;
        }
        for (var c = 0; c < caseIds.Length; c++)
            counts[c + 1] += counts[c];
        var starts = (int[])counts.Clone();
        var n = starts[^1];

        var activityNames = new Merged();
        var attributeNames = fields.AttributeNames.Select(_ => new Merged()).ToArray();
        var activities = new int[n];
        var timestamps = new long[n];
        var refs = new long[n];
        var withDurations = chunks.Any(c => !c!.Durations.IsEmpty);
        var durations = withDurations ? new long[n] : null;
        var attributes = attributeNames.Select(_ => new int[n]).ToArray();
        var next = counts;
        long firstOrdinal = 0;
        for (var k = 0; k < chunks.Count; k++)
        {
            var chunk = chunks[k]!;
            var caseMap = caseMaps[k];
            var activityMap = activityNames.Add(chunk.Activities.All);
            var cases = chunk.CaseCodes;
            var acts = chunk.ActivityCodes;
            var ts = chunk.Timestamps;
            var ordinals = chunk.Ordinals;
            var lengths = chunk.Durations;
            var places = attributes.Length > 0 ? new int[cases.Length] : [];
            for (var i = 0; i < cases.Length; i++)
            {
                var at = next[caseMap[cases[i]]]++;
                activities[at] = activityMap[acts[i]];
                timestamps[at] = ts[i];
                refs[at] = firstOrdinal + (ordinals.IsEmpty ? i : ordinals[i]);
                if (durations is not null && !lengths.IsEmpty)
                    durations[at] = lengths[i];
                if (places.Length > 0)
                    places[i] = at;
            }
            for (var a = 0; a < attributes.Length; a++)
            {
                var map = attributeNames[a].Add(chunk.Attributes[a].All);
                var codes = chunk.AttributeCodes(a);
                var target = attributes[a];
                for (var i = 0; i < places.Length; i++)
                    target[places[i]] = codes[i] < 0 ? -1 : map[codes[i]];
            }
            firstOrdinal += chunk.Seen;
            // Placed: the chunk's columns can go before the next one is read.
            chunks[k] = null;
        }
        var caseStarts = starts;

        for (var c = 0; c < caseIds.Length; c++)
            SortCase(caseStarts[c], caseStarts[c + 1], timestamps, refs, durations, activities, attributes);

        var activityColumn = Recode(activities, activityNames.Names);
        var attributeColumns = new Dictionary<string, CategoricalColumn>(StringComparer.Ordinal);
        for (var a = 0; a < attributes.Length; a++)
            attributeColumns[fields.AttributeNames[a]] = Recode(attributes[a], attributeNames[a].Names);
        return new EventLog(caseIds, caseStarts, activityColumn.Names, activityColumn.Codes, timestamps, refs, attributeColumns, durations);
    }

    /// <summary>Per chunk, its local case code → the global one; cases by first appearance or by name.</summary>
    private static int[][] GlobalCases(IList<LogChunk?> chunks, bool byName, out string[] caseIds)
    {
        var merged = new Merged();
        var maps = chunks.Select(c => merged.Add(c!.Cases.All)).ToArray();
        var names = merged.Names;
        if (!byName)
        {
            caseIds = [.. names];
            return maps;
        }
        var order = Enumerable.Range(0, names.Count).ToArray();
        Array.Sort(order, (x, y) => Utf8Order(names[x], names[y]));
        var rank = new int[order.Length];
        caseIds = new string[order.Length];
        for (var r = 0; r < order.Length; r++)
        {
            rank[order[r]] = r;
            caseIds[r] = names[order[r]];
        }
        foreach (var map in maps)
        {
            for (var i = 0; i < map.Length; i++)
                map[i] = rank[map[i]];
        }
        return maps;
    }

    /// <summary>
    /// Compares as the store sorts text: by UTF-8 bytes, which is code point order. Ordinal comparison of UTF-16
    /// differs only where a character above U+FFFF meets one in U+E000–U+FFFF.
    /// </summary>
    internal static int Utf8Order(string x, string y)
    {
        var length = Math.Min(x.Length, y.Length);
        var at = x.AsSpan(0, length).CommonPrefixLength(y.AsSpan(0, length));
        if (at == length)
            return x.Length.CompareTo(y.Length);
        var a = x[at];
        var b = y[at];
        if (char.IsSurrogate(a) != char.IsSurrogate(b) && (a >= '\uE000' || b >= '\uE000'))
            return char.IsSurrogate(a) ? 1 : -1;
        return a.CompareTo(b);
    }

    // Orders one case by (timestamp, file order); a missing timestamp is long.MinValue, so it comes first.
    private static void SortCase(int from, int to, long[] timestamps, long[] refs, long[]? durations, int[] activities, int[][] attributes)
    {
        var sorted = true;
        for (var i = from + 1; i < to && sorted; i++)
            sorted = timestamps[i - 1] < timestamps[i] || (timestamps[i - 1] == timestamps[i] && refs[i - 1] <= refs[i]);
        if (sorted)
            return;
        var order = new int[to - from];
        for (var i = 0; i < order.Length; i++)
            order[i] = from + i;
        Array.Sort(order, (x, y) =>
        {
            var byTime = timestamps[x].CompareTo(timestamps[y]);
            return byTime != 0 ? byTime : refs[x].CompareTo(refs[y]);
        });
        Permute(timestamps, order, from);
        Permute(refs, order, from);
        Permute(activities, order, from);
        if (durations is not null)
            Permute(durations, order, from);
        foreach (var column in attributes)
            Permute(column, order, from);
    }

    private static void Permute<T>(T[] column, int[] order, int from)
    {
        var copy = new T[order.Length];
        for (var i = 0; i < order.Length; i++)
            copy[i] = column[order[i]];
        copy.CopyTo(column, from);
    }

    /// <summary>Renumbers codes in place in order of first appearance, so only names that occur are listed.</summary>
    private static CategoricalColumn Recode(int[] codes, IReadOnlyList<string> names)
    {
        var map = new int[names.Count];
        map.AsSpan().Fill(-1);
        var values = new List<string>();
        for (var i = 0; i < codes.Length; i++)
        {
            var source = codes[i];
            if (source < 0)
                continue;
            var code = map[source];
            if (code < 0)
            {
                map[source] = code = values.Count;
                values.Add(names[source]);
            }
            codes[i] = code;
        }
        return new CategoricalColumn(values.ToArray(), codes);
    }

    /// <summary>Texts of several chunks under one set of codes (first appearance over the chunks in order).</summary>
    private sealed class Merged
    {
        private readonly Dictionary<string, int> _codes = new(StringComparer.Ordinal);
        private readonly List<string> _names = [];

        public IReadOnlyList<string> Names => _names;

        /// <summary>Adds a chunk's names and returns its local code → merged code.</summary>
        public int[] Add(IReadOnlyList<string> local)
        {
            var map = new int[local.Count];
            for (var i = 0; i < local.Count; i++)
            {
                if (!_codes.TryGetValue(local[i], out var code))
                {
                    code = _names.Count;
                    _codes.Add(local[i], code);
                    _names.Add(local[i]);
                }
                map[i] = code;
            }
            return map;
        }
    }
}
