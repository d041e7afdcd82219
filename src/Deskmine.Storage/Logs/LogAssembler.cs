using System.Buffers;
using System.Runtime.InteropServices;
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
    public static EventLog Assemble(IList<LogChunk?> chunks, LogFields fields, CaseMerger? cases = null)
    {
        cases ??= new CaseMerger();
        var caseMaps = cases.Finish(chunks, fields.CasesByName, out var caseIds);
        var caseCount = caseIds.Length;

        // Events per case of each chunk, counted on every core.
        var local = new int[chunks.Count][];
        LogParts.For(chunks.Count, k =>
        {
            var counts = new int[chunks[k]!.Cases.All.Count];
            foreach (var code in chunks[k]!.CaseCodes)
                counts[code]++;
            local[k] = counts;
        });
        var starts = new int[caseCount + 1];
        for (var k = 0; k < chunks.Count; k++)
        {
            var map = caseMaps[k];
            var counts = local[k];
            for (var l = 0; l < counts.Length; l++)
                starts[map[l] + 1] += counts[l];
        }
        for (var c = 0; c < caseCount; c++)
            starts[c + 1] += starts[c];
        var n = starts[^1];

        // Where each chunk puts the events of each of its cases: after those of the same case in earlier chunks
        // (the counting sort that keeps file order), so the chunks can be placed at once.
        var next = (int[])starts.Clone();
        var firstOrdinals = new long[chunks.Count];
        long ordinal = 0;
        for (var k = 0; k < chunks.Count; k++)
        {
            var map = caseMaps[k];
            var places = local[k];
            for (var l = 0; l < places.Length; l++)
            {
                var count = places[l];
                places[l] = next[map[l]];
                next[map[l]] += count;
            }
            firstOrdinals[k] = ordinal;
            ordinal += chunks[k]!.Seen;
        }

        var activityNames = new Merged();
        var attributeNames = fields.AttributeNames.Select(_ => new Merged()).ToArray();
        var activityMaps = new int[chunks.Count][];
        var attributeMaps = new int[chunks.Count][][];
        for (var k = 0; k < chunks.Count; k++)
        {
            activityMaps[k] = activityNames.Add(chunks[k]!.Activities.All);
            attributeMaps[k] = [.. attributeNames.Select((names, a) => names.Add(chunks[k]!.Attributes[a].All))];
        }
        var activities = new int[n];
        var timestamps = new long[n];
        // Each event's place in the file. Where every chunk's events land at their own ordinals (a log written case
        // by case, in time order, no row without a case) that is the event's index, and no array is kept for it.
        long[]? refs = null;
        var inFileOrder = new bool[chunks.Count];
        var placed = new int[chunks.Count];
        var withDurations = chunks.Any(c => !c!.Durations.IsEmpty);
        var durations = withDurations ? new long[n] : null;
        var attributes = attributeNames.Select(_ => new int[n]).ToArray();
        LogParts.For(chunks.Count, k =>
        {
            var chunk = chunks[k]!;
            var place = local[k];
            var activityMap = activityMaps[k];
            var cases = chunk.CaseCodes;
            var acts = chunk.ActivityCodes;
            var ts = chunk.Timestamps;
            var ordinals = chunk.Ordinals;
            var lengths = chunk.Durations;
            var firstOrdinal = firstOrdinals[k];
            var firstPlaces = (int[])place.Clone();
            var fileOrder = ordinals.IsEmpty;
            // Where each event went, for the attributes' pass: a pooled array reused by the chunks a thread places.
            var rented = attributes.Length > 0 ? ArrayPool<int>.Shared.Rent(cases.Length) : null;
            var places = rented is null ? [] : rented.AsSpan(0, cases.Length);
            for (var i = 0; i < cases.Length; i++)
            {
                var at = place[cases[i]]++;
                activities[at] = activityMap[acts[i]];
                timestamps[at] = ts[i];
                fileOrder &= at == firstOrdinal + i;
                if (durations is not null && !lengths.IsEmpty)
                    durations[at] = lengths[i];
                if (places.Length > 0)
                    places[i] = at;
            }
            for (var a = 0; a < attributes.Length; a++)
            {
                var map = attributeMaps[k][a];
                var codes = chunk.AttributeCodes(a);
                var target = attributes[a];
                for (var i = 0; i < places.Length; i++)
                    target[places[i]] = codes[i] < 0 ? -1 : map[codes[i]];
            }
            if (rented is not null)
                ArrayPool<int>.Shared.Return(rented);
            inFileOrder[k] = fileOrder;
            placed[k] = cases.Length;
            if (!fileOrder)
            {
                var events = LazyInitializer.EnsureInitialized(ref refs, () => new long[n]);
                for (var i = 0; i < cases.Length; i++)
                    events[firstPlaces[cases[i]]++] = firstOrdinal + (ordinals.IsEmpty ? i : ordinals[i]);
            }
            // Placed: the chunk's columns can go.
            chunks[k] = null;
        });
        var caseStarts = starts;
        if (refs is not null)
        {
            // The chunks in file order fill their own part of the array.
            for (var k = 0; k < chunks.Count; k++)
            {
                if (inFileOrder[k])
                    FillFileOrder(refs.AsSpan((int)firstOrdinals[k], placed[k]), firstOrdinals[k]);
            }
        }

        // Each case in time order, ties in file order. Within a case the events lie in file order already, so a case
        // whose times never go back stays as it is; the others are sorted, with the file order kept beside them.
        var ranges = Ranges(caseCount);
        var unsorted = new bool[ranges.Length - 1];
        LogParts.For(ranges.Length - 1, r =>
        {
            for (var c = ranges[r]; c < ranges[r + 1] && !unsorted[r]; c++)
                unsorted[r] = !InTimeOrder(timestamps, caseStarts[c], caseStarts[c + 1]);
        });
        if (Array.IndexOf(unsorted, true) >= 0)
        {
            var fileOrder = refs ?? FileOrder(n);
            LogParts.For(ranges.Length - 1, r =>
            {
                if (!unsorted[r])
                    return;
                for (var c = ranges[r]; c < ranges[r + 1]; c++)
                    SortCase(caseStarts[c], caseStarts[c + 1], timestamps, fileOrder, durations, activities, attributes);
            });
            refs = fileOrder;
        }

        var activityColumn = Recode(activities, activityNames.Names);
        var attributeColumns = new Dictionary<string, CategoricalColumn>(StringComparer.Ordinal);
        for (var a = 0; a < attributes.Length; a++)
            attributeColumns[fields.AttributeNames[a]] = Recode(attributes[a], attributeNames[a].Names);
        return new EventLog(caseIds, caseStarts, activityColumn.Names, activityColumn.Codes, timestamps, refs, attributeColumns, durations);
    }

    // Bounds of about equal parts of [0, count), a few per core; a small count is one part.
    private static int[] Ranges(int count)
    {
        var parts = count < 1 << 14 ? 1 : Environment.ProcessorCount * 4;
        var bounds = new int[parts + 1];
        for (var p = 0; p <= parts; p++)
            bounds[p] = (int)((long)count * p / parts);
        return bounds;
    }

    /// <summary>
    /// Merges the case keys of the chunks, in file order, into one dictionary: while the file is still being parsed,
    /// each chunk as soon as it and all before it are done (<see cref="TryAdvance"/>), the rest at the join.
    /// </summary>
    internal sealed class CaseMerger(long fileBytes = 0)
    {
        private readonly Lock _lock = new();
        private readonly Merged _merged = new();
        private readonly List<int[]> _maps = [];

        /// <summary>Merges the chunks that are done and follow the merged ones, unless another thread is merging.</summary>
        public void TryAdvance(IList<LogChunk?> parts)
        {
            if (!_lock.TryEnter())
                return;
            try
            {
                while (true)
                {
                    LogChunk? next;
                    lock (parts)
                        next = _maps.Count < parts.Count ? parts[_maps.Count] : null;
                    if (next is null)
                        return;
                    Merge(next);
                }
            }
            finally
            {
                _lock.Exit();
            }
        }

        /// <summary>Merges the remaining chunks; per chunk, its local case code → the global one; cases by first appearance or by name.</summary>
        public int[][] Finish(IList<LogChunk?> chunks, bool byName, out string[] caseIds)
        {
            lock (_lock)
            {
                for (var k = _maps.Count; k < chunks.Count; k++)
                    Merge(chunks[k]!);
                return GlobalCases([.. _maps], _merged.Names, byName, out caseIds);
            }
        }

        private void Merge(LogChunk chunk)
        {
            // A file written case by case has about as many cases per byte in every part: the first chunk tells how
            // many to make room for, so the dictionary is not grown and rehashed a dozen times (1 M events: 100,000
            // case ids). A file whose cases interleave tells nothing this way and grows as it goes.
            if (_maps.Count == 0 && fileBytes > 0 && chunk.Bytes > 0 && chunk.CasesComeTogether())
                _merged.Reserve((int)Math.Min(1L << 28, chunk.Cases.All.Count * fileBytes / chunk.Bytes + 1));
            _maps.Add(_merged.Add(chunk.Cases.All));
        }
    }

    /// <summary>Per chunk, its local case code → the global one; cases by first appearance or by name.</summary>
    private static int[][] GlobalCases(int[][] maps, IReadOnlyList<string> names, bool byName, out string[] caseIds)
    {
        if (!byName)
        {
            caseIds = [.. names];
            return maps;
        }
        // Case ids often come in their own order already: then the codes stand.
        var sorted = true;
        for (var i = 1; i < names.Count && sorted; i++)
            sorted = Utf8Order(names[i - 1], names[i]) < 0;
        if (sorted)
        {
            caseIds = [.. names];
            return maps;
        }
        var order = Enumerable.Range(0, names.Count).ToArray();
        if (names.Any(name => name.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF')))
        {
            Array.Sort(order, (x, y) => Utf8Order(names[x], names[y]));
        }
        else
        {
            // Without surrogates UTF-16 code units sort as code points do.
            var keys = names.ToArray();
            Array.Sort(keys, order, StringComparer.Ordinal);
        }
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

    private static bool InTimeOrder(long[] timestamps, int from, int to)
    {
        for (var i = from + 1; i < to; i++)
        {
            if (timestamps[i - 1] > timestamps[i])
                return false;
        }
        return true;
    }

    private static long[] FileOrder(int n)
    {
        var refs = new long[n];
        FillFileOrder(refs, 0);
        return refs;
    }

    // References of events that lie at their own place in the file: first, first + 1, …
    private static void FillFileOrder(Span<long> refs, long first)
    {
        for (var i = 0; i < refs.Length; i++)
            refs[i] = first + i;
    }

    // Orders one case by (timestamp, file order); a missing timestamp is long.MinValue, so it comes first.
    private static void SortCase(int from, int to, long[] timestamps, long[] refs, long[]? durations, int[] activities, int[][] attributes)
    {
        if (InTimeOrder(timestamps, from, to))
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
        // Each part of the column finds where each name first occurs in it; the earliest part that has a name decides
        // its place. Few names are the rule; a column of mostly distinct names is done in one part.
        var ranges = names.Count * 8 > codes.Length ? new[] { 0, codes.Length } : Ranges(codes.Length);
        var parts = ranges.Length - 1;
        var firsts = new int[parts][];
        LogParts.For(parts, p =>
        {
            var first = new int[names.Count];
            first.AsSpan().Fill(int.MaxValue);
            for (var i = ranges[p]; i < ranges[p + 1]; i++)
            {
                var source = codes[i];
                if (source >= 0 && first[source] == int.MaxValue)
                    first[source] = i;
            }
            firsts[p] = first;
        });
        var firstAt = firsts[0];
        for (var p = 1; p < parts; p++)
        {
            for (var s = 0; s < firstAt.Length; s++)
                firstAt[s] = Math.Min(firstAt[s], firsts[p][s]);
        }
        var occurring = Enumerable.Range(0, names.Count).Where(s => firstAt[s] != int.MaxValue).ToArray();
        Array.Sort(occurring, (x, y) => firstAt[x].CompareTo(firstAt[y]));
        var map = new int[names.Count];
        var values = new string[occurring.Length];
        for (var code = 0; code < occurring.Length; code++)
        {
            map[occurring[code]] = code;
            values[code] = names[occurring[code]];
        }
        LogParts.For(parts, p =>
        {
            for (var i = ranges[p]; i < ranges[p + 1]; i++)
            {
                if (codes[i] >= 0)
                    codes[i] = map[codes[i]];
            }
        });
        return new CategoricalColumn(values, codes);
    }

    /// <summary>Texts of several chunks under one set of codes (first appearance over the chunks in order).</summary>
    private sealed class Merged
    {
        private readonly Dictionary<string, int> _codes = new(StringComparer.Ordinal);
        private readonly List<string> _names = [];

        public IReadOnlyList<string> Names => _names;

        /// <summary>Makes room for <paramref name="count"/> names in all.</summary>
        public void Reserve(int count)
        {
            _codes.EnsureCapacity(count);
            _names.EnsureCapacity(count);
        }

        /// <summary>Adds a chunk's names and returns its local code → merged code.</summary>
        public int[] Add(IReadOnlyList<string> local)
        {
            var map = new int[local.Count];
            // Room for all of them at once, at least doubling: a chunk's case ids are mostly new ones (1 M events:
            // 100,000 ids in chunks of about 10,000), which would otherwise be rehashed at every growth.
            var needed = _codes.Count + local.Count;
            if (needed > _codes.EnsureCapacity(0))
            {
                _codes.EnsureCapacity(Math.Max(needed, 2 * _codes.Count));
                _names.EnsureCapacity(Math.Max(needed, 2 * _names.Count));
            }
            for (var i = 0; i < local.Count; i++)
            {
                // One look-up per name: found, or added in the same probe.
                ref var code = ref CollectionsMarshal.GetValueRefOrAddDefault(_codes, local[i], out var known);
                if (!known)
                {
                    code = _names.Count;
                    _names.Add(local[i]);
                }
                map[i] = code;
            }
            return map;
        }
    }
}
