using System.Runtime.InteropServices;

namespace Deskmine.Mining.Recognition;

/// <summary>
/// Cuts one person's action stream into task instances without labels. Three cues, strongest first:
/// <list type="number">
/// <item>Business objects: when variable template parts (row numbers, invoice or ticket ids) persist over
/// several actions, a new object starts a new instance and a known recent object resumes its instance, so an
/// interruption (mail, chat) and the return to the task do not cut it in two.</item>
/// <item>Routine starts by pause: a label that is consistently (even at its 10th percentile) preceded by a pause
/// well above the stream's median pause is where the worker begins the next item.</item>
/// <item>Routine starts by structure (Leno et al., ICPM 2020): the target of the heaviest back-edge of a
/// depth-first search over the directly-follows graph, started at the stream's first action.</item>
/// </list>
/// Pauses above <see cref="RecognitionOptions.MaxIdle"/> always cut. Only start labels cut, so a detour
/// inside a task stays inside it.
/// </summary>
internal static partial class Segmenter
{
    // Rounds of the routine reading: 1 → 2 took the interleaved mixed-log boundary F1 from 0.87–0.94 to 0.93–0.95;
    // a third round changed two of ten runs by under 0.01 (docs/accuracy.md).
    private const int ReadingRounds = 3;

    /// <summary>Segment per action (local numbering from 0) or <c>-1</c> for noise, and the case id per segment.</summary>
    public static (int[] SegmentOfAction, List<string?> CaseIds) Segment(
        IReadOnlyList<RecognizedAction> actions, int labelCount, RecognitionOptions options)
    {
        var n = actions.Count;
        var seg = new int[n];
        if (n == 0)
            return (seg, []);
        var (keyed, count, byObjectIds) = SegmentOneStream(actions, labelCount, options, seg);
        // Where business-object ids frame the instances, they already tell interleaved tasks apart (a resumed task
        // shows its id again); the routine reading serves streams whose instances show no id. The reading learns its
        // routines from a segmentation, so it is repeated on its own result (hard expectation-maximisation): each
        // round learns from instances that mix fewer routines than the last.
        for (var round = 0; !byObjectIds && round < ReadingRounds; round++)
        {
            if (RoutineDemultiplexer.RoutineOfActions(actions, seg, count, labelCount, options) is not { } reading)
                break;
            var next = new int[n];
            (keyed, count) = SegmentPerRoutine(actions, reading, labelCount, options, next);
            RejoinResumedPieces(actions, reading, next, count, options.ResumeWindow.Ticks / 10, options.MaxIdle.Ticks / 10);
            var settled = next.AsSpan().SequenceEqual(seg);
            next.CopyTo(seg, 0);
            if (settled)
                break;
        }
        return Finish(keyed, seg, count, options);
    }

    // Cuts a stream of one routine (or an undivided stream) into instances; returns the actions with the keys that
    // framed the instances, aligned with seg, the number of segments, and whether business-object ids framed them.
    // pieceStarts is given for the actions of one routine taken out of a mixed stream (see PieceStarts).
    private static (IReadOnlyList<RecognizedAction> Keyed, int Count, bool ByObjectIds) SegmentOneStream(
        IReadOnlyList<RecognizedAction> actions, int labelCount, RecognitionOptions options, int[] seg, double[]? pieceStarts = null)
    {
        var maxIdle = options.MaxIdle.Ticks / 10;
        // In the actions of one routine taken out of a mixed stream, a routine's constants (see RoutineConstantsDropped)
        // can pass for ids; a whole stream framed by ids keeps them as they are.
        var objects = pieceStarts is not null
            ? ReturningKeysDropped(ObjectIdsOnly(RoutineConstantsDropped(actions, options)), options)
            : ObjectIdsOnly(actions);
        int segCount;
        var byObjectIds = KeysPersist(objects, options);
        if (byObjectIds)
        {
            actions = objects;
            segCount = ByObjectWithHandOvers(actions, seg, maxIdle, options);
        }
        else
        {
            actions = ReturningKeysDropped(RecurringKeysOnly(RoutineConstantsDropped(actions, options)), options);
            // In a stream that mixes keyed routines (spreadsheet rows) with routines that show no object, the
            // unkeyed ones are framed by their pause-marked starts rather than glued to the last keyed item.
            segCount = KeysPersist(actions, options)
                ? ByObject(actions, seg, maxIdle, options.ResumeWindow.Ticks / 10, cutAtPause: false,
                    UnkeyedStarts(actions, labelCount, options))
                : ByStartLabels(actions, seg, maxIdle, StartsWherePiecesBegin(StartLabels(actions, labelCount, options, structureFallback: true, percentile: 0.1).IsStart, pieceStarts));
        }
        return (actions, segCount, byObjectIds);
    }

    // In one routine of a mixed stream, a pause-marked start label cuts only if the routine reading saw pieces of the
    // routine begin at it in at least MinPieceStartShare of its occurrences: with twenty instances, a step that is
    // always preceded by a long pause (pasting into the spreadsheet after reading a value) passes the pause test as
    // easily as the routine's start, but no piece begins there. A label at which most pieces begin (PieceStartShare)
    // starts instances without a pause: a routine whose steps take as long as the pause before it (the CPN logs:
    // ≈ 10 s either way) is framed by where the reading sees it begin. When no start label is left (a routine whose
    // instances follow one another, so the reading saw few pieces begin), the pause test alone decides.
    private const double MinPieceStartShare = 0.25;
    private const double PieceStartShare = 0.5;

    private static bool[] StartsWherePiecesBegin(bool[] isStart, double[]? pieceStarts)
    {
        if (pieceStarts is null)
            return isStart;
        var both = new bool[isStart.Length];
        var any = false;
        for (var l = 0; l < isStart.Length; l++)
            any |= both[l] = (isStart[l] && pieceStarts[l] >= MinPieceStartShare) || pieceStarts[l] >= PieceStartShare;
        return any ? both : isStart;
    }

    // Business-object ids proper: numbers (invoice, ticket, customer, vendor ids) that the stream shows in at
    // least two places (two applications, or title and address) and that come back within a few actions. Names
    // and e-mail addresses describe the object without identifying it (a vendor recurs across invoices); a
    // spreadsheet row or a vendor picked once from a lookup list is not the object being worked on.
    private static IReadOnlyList<RecognizedAction> ObjectIdsOnly(IReadOnlyList<RecognizedAction> actions)
    {
        const int Near = 30;
        var contexts = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var positions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < actions.Count; i++)
        {
            var a = actions[i];
            for (var k = 0; k < a.Keys.Count; k++)
            {
                var v = a.Keys[k];
                if (!v.AsSpan().ContainsAnyInRange('0', '9'))
                    continue;
                (contexts.TryGetValue(v, out var c) ? c : contexts[v] = new(StringComparer.Ordinal)).Add(a.KeyContexts?[k] ?? "");
                var p = positions.TryGetValue(v, out var list) ? list : positions[v] = [];
                if (p.Count == 0 || p[^1] != i)
                    p.Add(i);
            }
        }
        bool Keep(string v, int i)
        {
            if (!contexts.TryGetValue(v, out var c) || c.Count < 2)
                return false;
            var p = positions[v];
            var at = p.BinarySearch(i);
            return (at > 0 && i - p[at - 1] <= Near) || (at + 1 < p.Count && p[at + 1] - i <= Near);
        }
        // An action whose keys all stay (most have none) is kept as it is: a copy of every action per pass was the
        // largest allocation of segmentation, and the copies of a long stream lived long enough to reach gen 2.
        RecognizedAction[]? result = null;
        var kept = new List<string>();
        // The list itself is given back when no action changes: a stream-long array is a large object, and allocating
        // large objects is what starts most full collections while people are analysed.
        for (var i = 0; i < actions.Count; i++)
        {
            var a = actions[i];
            if (a.Keys.Count == 0)
                continue;
            kept.Clear();
            for (var k = 0; k < a.Keys.Count; k++)
            {
                if (Keep(a.Keys[k], i) && !kept.Contains(a.Keys[k]))
                    kept.Add(a.Keys[k]);
            }
            if (kept.Count == a.Keys.Count)
                continue;
            if (result is null)
            {
                result = new RecognizedAction[actions.Count];
                for (var j = 0; j < actions.Count; j++)
                    result[j] = actions[j];
            }
            result[i] = a with { Keys = [.. kept] };
        }
        return result ?? actions;
    }

    // A value seen under one label only (a tab number, a timestamp, one spreadsheet cell) names no object being
    // worked on; an object id recurs across screens (cells of one row, the invoice number in mail, PDF and ERP).
    private static IReadOnlyList<RecognizedAction> RecurringKeysOnly(IReadOnlyList<RecognizedAction> actions)
    {
        var labels = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        foreach (var a in actions)
            foreach (var k in a.Keys)
                (labels.TryGetValue(k, out var set) ? set : labels[k] = []).Add(a.Label);
        bool Recurs(string k) => labels[k].Count >= 2;
        var recurring = actions.Select(a => a.Keys.All(Recurs) ? a : a with { Keys = [.. a.Keys.Where(Recurs)] }).ToList();
        return LabelsWithPersistentKeys(recurring);
    }

    // A value of a label names the object worked on when, most of the time, the neighbouring keyed action (before
    // or after) under another label carries it too: the cells of one row, the id in the next screen. Judged per label
    // and value, because small numbers only look alike: form button B7 rarely meets a 7 next door, while the button
    // B2 of one routine is always followed by a copy of cell B2.
    private static List<RecognizedAction> LabelsWithPersistentKeys(List<RecognizedAction> actions)
    {
        var keyed = new List<int>();
        for (var i = 0; i < actions.Count; i++)
            if (actions[i].Keys.Count > 0)
                keyed.Add(i);
        var occurrences = new Dictionary<(int, string), int>();
        var supported = new Dictionary<(int, string), int>();
        for (var k = 0; k < keyed.Count; k++)
        {
            var a = actions[keyed[k]];
            foreach (var v in a.Keys.Distinct(StringComparer.Ordinal))
            {
                occurrences[(a.Label, v)] = occurrences.GetValueOrDefault((a.Label, v)) + 1;
                if (Shares(k - 1, v) || Shares(k + 1, v))
                    supported[(a.Label, v)] = supported.GetValueOrDefault((a.Label, v)) + 1;
            }
            bool Shares(int j, string v) => j >= 0 && j < keyed.Count && actions[keyed[j]].Label != a.Label && actions[keyed[j]].Keys.Contains(v);
        }
        foreach (var i in keyed)
        {
            var a = actions[i];
            bool Trusted(string v) => supported.GetValueOrDefault((a.Label, v)) * 2 >= occurrences[(a.Label, v)];
            if (!a.Keys.All(Trusted))
                actions[i] = a with { Keys = [.. a.Keys.Where(Trusted)] };
        }
        return actions;
    }

    private static bool KeysPersist(IReadOnlyList<RecognizedAction> actions, RecognitionOptions options)
    {
        IReadOnlyList<string>? prev = null;
        int pairs = 0, shared = 0, keyed = 0;
        foreach (var a in actions)
        {
            if (a.Keys.Count == 0)
                continue;
            keyed++;
            if (prev is not null)
            {
                pairs++;
                if (SharesAny(a.Keys, prev))
                    shared++;
            }
            prev = a.Keys;
        }
        return keyed >= options.MinStartSupport && keyed >= options.MinKeyedShare * actions.Count
            && pairs > 0 && (double)shared / pairs >= options.MinKeyPersistence;
    }

    private static int ByObject(
        IReadOnlyList<RecognizedAction> actions, int[] seg, long maxIdle, long resume, bool cutAtPause,
        (bool[] At, bool[] Diverse)? starts, HandOvers? handOvers = null)
    {
        // Entry of each segment: the feature (screen and element, values dropped) of its first action on an object.
        var entry = new List<string?>();
        var isStart = starts?.At;
        var count = 0;
        var cur = -1;
        IReadOnlyList<string>? curKeys = null;
        var lastKeyed = -1;
        var unkeyedRoutine = false;
        var open = new Dictionary<string, (int Segment, long LastTs)>(StringComparer.Ordinal);
        for (var i = 0; i < actions.Count; i++)
        {
            var a = actions[i];
            if (cur < 0 || (i > 0 && a.Ts - actions[i - 1].Ts > maxIdle) || (isStart is not null && isStart[i]))
            {
                cur = count++;
                entry.Add(null);
                curKeys = null;
                lastKeyed = -1;
                unkeyedRoutine = isStart is not null && isStart[i];
            }
            if (a.Keys.Count > 0 && (curKeys is null || !SharesAny(a.Keys, curKeys)))
            {
                var resumed = -1;
                for (var k = 0; k < a.Keys.Count && resumed < 0; k++)
                {
                    if (open.TryGetValue(a.Keys[k], out var s) && a.Ts - s.LastTs <= resume)
                        resumed = s.Segment;
                }
                var previous = cur;
                if (resumed >= 0)
                    cur = resumed;
                else if (curKeys is not null && handOvers is not null && handOvers.Next(entry[cur]!, a.Feature))
                {
                    // The object is handed over to another (a request becomes a customer): same instance.
                }
                else if (curKeys is not null || (unkeyedRoutine && starts!.Value.Diverse[a.Label]))
                {
                    cur = count++;
                    entry.Add(null);
                }
                if (entry[cur] is null)
                {
                    handOvers?.Entered(a.Feature);
                    entry[cur] = a.Feature;
                }
                unkeyedRoutine = false;
                // The unkeyed actions between the last action on the previous object and the first on the next one
                // belong to whichever side of the longest pause among them they fall: the worker pauses between
                // tasks, not between opening the next item and reading its id.
                if (cutAtPause && cur != previous && lastKeyed >= 0)
                {
                    var cut = i;
                    var longest = -1L;
                    for (var j = lastKeyed + 1; j <= i; j++)
                    {
                        var gap = actions[j].Ts - actions[j - 1].Ts;
                        if (gap > longest)
                            (longest, cut) = (gap, j);
                    }
                    for (var j = cut; j < i; j++)
                        seg[j] = cur;
                }
                curKeys = a.Keys;
            }
            if (a.Keys.Count > 0)
                lastKeyed = i;
            seg[i] = cur;
            for (var k = 0; k < a.Keys.Count; k++)
                open[a.Keys[k]] = (cur, a.Ts);
        }
        return count;
    }

    private static int ByStartLabels(IReadOnlyList<RecognizedAction> actions, int[] seg, long maxIdle, bool[] isStart)
    {
        var count = 1;
        for (var i = 1; i < actions.Count; i++)
        {
            if (isStart[actions[i].Label] || actions[i].Ts - actions[i - 1].Ts > maxIdle)
                count++;
            seg[i] = count - 1;
        }
        return count;
    }

    // Positions where an unkeyed action of a pause-marked start label begins a routine that shows no object. Two
    // tests tell such a start from a step inside keyed items that the worker pauses before (typing an address after
    // the last copied cell): the step mostly lies between two actions on the same object, and it always follows the
    // same action, while a routine start follows the ends of whatever routines came before it (its most common
    // predecessor accounts for less than MaxPredecessorShare of its occurrences).
    // A label may start one routine and be a step of another (one routine opens the workbook first, another in
    // the middle): it qualifies when its typical (median) preceding pause is long, and it cuts only where that
    // occurrence follows a long pause.
    private static (bool[] At, bool[] Diverse) UnkeyedStarts(IReadOnlyList<RecognizedAction> actions, int labelCount, RecognitionOptions options)
    {
        var (isStartLabel, threshold) = StartLabels(actions, labelCount, options, structureFallback: false, percentile: 0.5);
        var diverse = Diverse(actions, labelCount, options, before: true);
        var endsRoutines = Diverse(actions, labelCount, options, before: false);
        var n = actions.Count;
        var next = new int[n + 1];
        next[n] = n;
        for (var i = n - 1; i >= 0; i--)
            next[i] = actions[i].Keys.Count > 0 ? i : next[i + 1];
        var seen = new int[isStartLabel.Length];
        var enclosed = new int[isStartLabel.Length];
        var prev = -1;
        for (var i = 0; i < n; i++)
        {
            var a = actions[i];
            if (a.Keys.Count > 0)
            {
                prev = i;
                continue;
            }
            if (!isStartLabel[a.Label] || i == 0)
                continue;
            seen[a.Label]++;
            if (prev >= 0 && next[i] < n && SharesAny(actions[next[i]].Keys, actions[prev].Keys))
                enclosed[a.Label]++;
        }
        var starts = new bool[n];
        for (var i = 1; i < n; i++)
        {
            var l = actions[i].Label;
            starts[i] = isStartLabel[l] && actions[i].Keys.Count == 0 && enclosed[l] * 2 < seen[l] && diverse[l]
                && LogGap(actions, i) >= threshold && endsRoutines[actions[i - 1].Label];
        }
        return (starts, diverse);
    }

    // Labels that follow (before: true) or precede (false) many different labels: the most common neighbour
    // accounts for less than MaxNeighbourShare of their occurrences. A routine start follows the ends of whatever
    // routines came before it, and a routine end is followed by the starts of whatever comes next, while a step
    // inside a routine has nearly always the same neighbours. A cut needs both sides.
    private static bool[] Diverse(IReadOnlyList<RecognizedAction> actions, int labelCount, RecognitionOptions options, bool before)
    {
        const double MaxNeighbourShare = 0.6;
        var seen = new int[labelCount];
        var pairs = new Dictionary<(int Label, int Neighbour), int>();
        for (var i = 1; i < actions.Count; i++)
        {
            var (label, neighbour) = before ? (actions[i].Label, actions[i - 1].Label) : (actions[i - 1].Label, actions[i].Label);
            seen[label]++;
            pairs[(label, neighbour)] = pairs.GetValueOrDefault((label, neighbour)) + 1;
        }
        var top = new int[labelCount];
        foreach (var ((label, _), count) in pairs)
            top[label] = Math.Max(top[label], count);
        var diverse = new bool[labelCount];
        for (var l = 0; l < labelCount; l++)
            diverse[l] = seen[l] >= options.MinStartSupport && top[l] < MaxNeighbourShare * seen[l];
        return diverse;
    }

    private static double LogGap(IReadOnlyList<RecognizedAction> actions, int i) =>
        Math.Log(Math.Max(actions[i].Ts - actions[i - 1].Ts, 1000) / 1e6);

    /// <summary>Labels whose preceding pause, at the given percentile, is long; and the log-pause threshold used.</summary>
    internal static (bool[] IsStart, double Threshold) StartLabels(
        IReadOnlyList<RecognizedAction> actions, int labelCount, RecognitionOptions options, bool structureFallback, double percentile)
    {
        var threshold = double.MaxValue;
        var isStart = new bool[labelCount];
        var gaps = new List<double>[labelCount];
        var all = new List<double>(actions.Count);
        for (var i = 1; i < actions.Count; i++)
        {
            var g = LogGap(actions, i);
            (gaps[actions[i].Label] ??= []).Add(g);
            all.Add(g);
        }
        var found = false;
        if (all.Count > 0)
        {
            all.Sort();
            var median = all[all.Count / 2];
            threshold = median + Math.Log(options.StartPauseRatio);
            for (var l = 0; l < labelCount; l++)
            {
                var list = gaps[l];
                if (list is null || list.Count < options.MinStartSupport)
                    continue;
                list.Sort();
                if (list[(int)(list.Count * percentile)] >= threshold)
                    isStart[l] = found = true;
            }
        }
        if (!found && structureFallback && BackEdgeStart(actions, labelCount) is { } s)
            isStart[s] = true;
        return (isStart, threshold);
    }

    /// <summary>Leno et al.'s routine start: heaviest back-edge target of a DFS over the directly-follows graph.</summary>
    private static int? BackEdgeStart(IReadOnlyList<RecognizedAction> actions, int labelCount)
    {
        var succ = new Dictionary<int, int>[labelCount];
        for (var i = 1; i < actions.Count; i++)
        {
            var d = succ[actions[i - 1].Label] ??= [];
            d[actions[i].Label] = d.GetValueOrDefault(actions[i].Label) + 1;
        }
        var state = new byte[labelCount]; // 0 new, 1 on stack, 2 done
        var weight = new long[labelCount];
        var stack = new Stack<(int Node, int[] Next, int Pos)>();
        void Push(int v)
        {
            state[v] = 1;
            var next = succ[v] is { } d ? d.OrderByDescending(p => p.Value).ThenBy(p => p.Key).Select(p => p.Key).ToArray() : [];
            stack.Push((v, next, 0));
        }
        Push(actions[0].Label);
        while (stack.Count > 0)
        {
            var (v, next, pos) = stack.Pop();
            if (pos >= next.Length)
            {
                state[v] = 2;
                continue;
            }
            stack.Push((v, next, pos + 1));
            var w = next[pos];
            if (state[w] == 1)
                weight[w] += succ[v][w];
            else if (state[w] == 0)
                Push(w);
        }
        var best = -1;
        for (var l = 0; l < labelCount; l++)
        {
            if (weight[l] > 0 && (best < 0 || weight[l] > weight[best]))
                best = l;
        }
        return best < 0 ? null : best;
    }

    // Renumbers segments in order of first appearance, turns tiny segments into noise and picks case ids.
    private static (int[], List<string?>) Finish(IReadOnlyList<RecognizedAction> actions, int[] seg, int count, RecognitionOptions options)
    {
        var size = new int[count];
        foreach (var s in seg)
            size[s]++;
        var map = new int[count];
        Array.Fill(map, -2);
        var caseIds = new List<string?>();
        // Per segment, how many of its actions show each key; made for segments with keys only.
        var keyCounts = new List<Dictionary<string, int>?>();
        for (var i = 0; i < seg.Length; i++)
        {
            var s = seg[i];
            if (size[s] < options.MinSegmentActions)
            {
                seg[i] = -1;
                continue;
            }
            if (map[s] == -2)
            {
                map[s] = caseIds.Count;
                caseIds.Add(null);
                keyCounts.Add(null);
            }
            seg[i] = map[s];
            var keys = actions[i].Keys;
            for (var k = 0; k < keys.Count; k++)
            {
                if (!IsFirst(keys, k))
                    continue;
                var counts = keyCounts[seg[i]] ??= new Dictionary<string, int>(StringComparer.Ordinal);
                CollectionsMarshal.GetValueRefOrAddDefault(counts, keys[k], out _)++;
            }
        }
        // A case id is a variable value recurring over at least two actions of the instance: the most frequent, the
        // first in ordinal order among equals.
        for (var s = 0; s < caseIds.Count; s++)
        {
            if (keyCounts[s] is not { } counts)
                continue;
            var (best, most) = ((string?)null, 1);
            foreach (var (key, times) in counts)
            {
                if (times > most || (times == most && best is not null && string.CompareOrdinal(key, best) < 0))
                    (best, most) = (key, times);
            }
            caseIds[s] = best;
        }
        return (seg, caseIds);
    }
}
