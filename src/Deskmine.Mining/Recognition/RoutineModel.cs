namespace Deskmine.Mining.Recognition;

/// <summary>
/// A first-order model of several routines, read from the instances of a first segmentation: how each routine
/// begins (its first actions), how it goes on (which label follows which within its instances) and which labels it
/// shows at all. <see cref="Decode"/> reads a stream as a sequence of routine pieces by Viterbi: a piece goes on
/// with the routine's directly-follows frequencies, and a new piece (another routine's work, a resumption, or the
/// next instance of the same routine) enters with the routine's start and label frequencies. It also knows which
/// steps end a routine's instances (<see cref="Ends"/>), so that work found after an end can be told apart from the
/// instance's own steps.
/// </summary>
internal sealed class RoutineModel
{
    private readonly int _routines;
    private readonly double[,] _enter;
    private readonly Dictionary<(int Routine, int Previous, int Label), double> _follows;
    private readonly Dictionary<(int Routine, int Previous), double> _followsTotal;
    private readonly double[,] _unigram;
    private readonly bool[,] _starts;
    private readonly bool[,] _ends;

    private RoutineModel(int routines, double[,] enter, double[,] unigram,
        Dictionary<(int, int, int), double> follows, Dictionary<(int, int), double> followsTotal, bool[,] starts, bool[,] ends)
    {
        (_routines, _enter, _unigram, _follows, _followsTotal) = (routines, enter, unigram, follows, followsTotal);
        (_starts, _ends) = (starts, ends);
    }

    // A step starts (ends) a routine's instances when at least this share of its occurrences in the routine is an
    // instance's first (last) action: the routine's opening or closing step, or each variant's own. A shared step that
    // closes one routine and sits in the middle of another is judged per routine.
    private const double BoundaryShare = 0.5;

    /// <summary>
    /// Learns the model from the instances whose routine <paramref name="routineOfSegment"/> names (−1: none); a step
    /// is a start or an end only when seen at least <paramref name="minSupport"/> times in its routine.
    /// </summary>
    public static RoutineModel Learn(
        IReadOnlyList<RecognizedAction> actions, int[] segmentOfAction, Func<int, int> routineOfSegment, int routines, int labels,
        int minSupport)
    {
        var count = new double[routines, labels];
        var total = new double[routines];
        var starts = new double[routines, labels];
        var startTotal = new double[routines];
        var follows = new Dictionary<(int, int, int), double>();
        var followsTotal = new Dictionary<(int, int), double>();
        var last = new Dictionary<int, int>();
        var seen = new double[routines, labels];
        for (var i = 0; i < actions.Count; i++)
        {
            var s = segmentOfAction[i];
            var r = routineOfSegment(s);
            if (r < 0)
                continue;
            var l = actions[i].Label;
            count[r, l]++;
            seen[r, l]++;
            total[r]++;
            if (last.TryGetValue(s, out var p))
            {
                follows[(r, p, l)] = follows.GetValueOrDefault((r, p, l)) + 1;
                followsTotal[(r, p)] = followsTotal.GetValueOrDefault((r, p)) + 1;
            }
            else
            {
                starts[r, l]++;
                startTotal[r]++;
            }
            last[s] = l;
        }
        var ended = new double[routines, labels];
        foreach (var (segment, l) in last)
            ended[routineOfSegment(segment), l]++;
        var isStart = AtBoundary(starts, seen, minSupport);
        var isEnd = AtBoundary(ended, seen, minSupport);
        // Absolute discounting: every count loses one. The instances the model learns from are the model's own
        // previous reading (Segmenter.ReadingRounds), so a piece of another routine glued once to an instance would
        // otherwise keep itself there round after round; a step the routine really takes recurs and keeps its weight.
        for (var r = 0; r < routines; r++)
        {
            for (var l = 0; l < labels; l++)
            {
                var c = Math.Max(0, count[r, l] - Discount);
                total[r] -= count[r, l] - c;
                count[r, l] = c;
            }
        }
        foreach (var key in follows.Keys.ToList())
        {
            var c = Math.Max(0, follows[key] - Discount);
            followsTotal[(key.Item1, key.Item2)] -= follows[key] - c;
            follows[key] = c;
        }
        var unigram = new double[routines, labels];
        var enter = new double[routines, labels];
        for (var r = 0; r < routines; r++)
        {
            for (var l = 0; l < labels; l++)
            {
                // Add-half smoothing: a label never seen in a routine is unlikely there, not impossible.
                unigram[r, l] = (count[r, l] + 0.5) / (total[r] + (0.5 * labels));
                var start = (starts[r, l] + 0.5) / (startTotal[r] + (0.5 * labels));
                // A piece begins an instance or resumes one at any step: half start, half any label of the routine.
                enter[r, l] = Math.Log((0.5 * start) + (0.5 * unigram[r, l]));
            }
        }
        return new RoutineModel(routines, enter, unigram, follows, followsTotal, isStart, isEnd);
    }

    // Steps at which the routine's instances begin (or end), from the first (last) action of each instance the model
    // learns from; a step needs minSupport occurrences in the routine before it is trusted either way.
    private static bool[,] AtBoundary(double[,] atBoundary, double[,] seen, int minSupport)
    {
        var result = new bool[seen.GetLength(0), seen.GetLength(1)];
        for (var r = 0; r < seen.GetLength(0); r++)
            for (var l = 0; l < seen.GetLength(1); l++)
                result[r, l] = seen[r, l] >= minSupport && atBoundary[r, l] >= BoundaryShare * seen[r, l];
        return result;
    }

    /// <summary>Whether <paramref name="label"/> begins most of the instances of routine <paramref name="routine"/> it occurs in.</summary>
    public bool Starts(int routine, int label) => _starts[routine, label];

    /// <summary>Whether <paramref name="label"/> ends most of the instances of routine <paramref name="routine"/> it occurs in.</summary>
    public bool Ends(int routine, int label) => _ends[routine, label];

    /// <summary>Log-likelihood that routine <paramref name="routine"/> goes on from <paramref name="previous"/> with <paramref name="label"/>.</summary>
    public double GoOn(int routine, int previous, int label) => Go(routine, previous, label);

    // Weight of the label frequency against the directly-follows counts (as if seen this many times). The first
    // segmentation glues some instances of different routines together, so a directly-follows count of one or two
    // may be a hand-over between routines rather than a step: with 20 behind the label frequency, a pair must be
    // seen about as often as a routine recurs before it outweighs it. 1, 2, 5 and 20 were measured on the
    // mixed-log benchmark (docs/accuracy.md); 20 was best, and no value changes the single-routine logs.
    private const double BackOff = 20;

    // Subtracted from every label and directly-follows count (see Learn); 1 and 2 were measured (docs/accuracy.md).
    private const double Discount = 1;

    private double Go(int r, int previous, int label)
    {
        // Directly-follows frequency within the routine, backed off to its label frequency.
        var seen = _followsTotal.GetValueOrDefault((r, previous));
        return Math.Log((_follows.GetValueOrDefault((r, previous, label)) + (BackOff * _unigram[r, label])) / (seen + BackOff));
    }

    /// <summary>Routine per action and the actions where a new instance of the same routine begins.</summary>
    public RoutineReading Decode(IReadOnlyList<RecognizedAction> actions, double pNewPiece)
    {
        var n = actions.Count;
        var r = _routines;
        var back = new int[n, r];
        var fresh = new bool[n, r];
        var score = new double[r];
        var next = new double[r];
        var keep = Math.Log(1 - pNewPiece);
        var enter = Math.Log(pNewPiece / r);
        for (var k = 0; k < r; k++)
            score[k] = _enter[k, actions[0].Label];
        for (var i = 1; i < n; i++)
        {
            var best = 0;
            for (var k = 1; k < r; k++)
                if (score[k] > score[best])
                    best = k;
            var l = actions[i].Label;
            var p = actions[i - 1].Label;
            for (var k = 0; k < r; k++)
            {
                var goOn = score[k] + keep + Go(k, p, l);
                var begin = score[best] + enter + _enter[k, l];
                if (goOn >= begin)
                    (next[k], back[i, k], fresh[i, k]) = (goOn, k, false);
                else
                    (next[k], back[i, k], fresh[i, k]) = (begin, best, true);
            }
            (score, next) = (next, score);
        }
        var routine = new int[n];
        var restart = new bool[n];
        var state = 0;
        for (var k = 1; k < r; k++)
            if (score[k] > score[state])
                state = k;
        for (var i = n - 1; i >= 0; i--)
        {
            routine[i] = state;
            var prev = i > 0 ? back[i, state] : state;
            restart[i] = i > 0 && fresh[i, state] && prev == state;
            state = prev;
        }
        return new RoutineReading(routine, restart, this);
    }
}
