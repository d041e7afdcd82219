namespace Deskmine.Analysis.Compliance.Replay;

/// <summary>
/// Optimal alignments by A* over the synchronous product of a trace and the net (Adriansyah 2014; Carmona et al.,
/// Conformance Checking, 2018, ch. 7). A state is (marking, position in the trace). Moves: synchronous (an enabled
/// transition with the event's label; cost 0), log move (skip the event; cost 1), model move (fire a visible
/// transition; cost 1), silent move (cost 0). Internally a deviation costs <see cref="Deviation"/> and a silent
/// move 1, so among optimal alignments the one with fewest silent moves wins and silent cycles cost something;
/// the reported cost counts deviations only. The heuristic counts the remaining events whose activity no
/// transition records (each must be a log move), which never overestimates.
/// </summary>
internal sealed class Aligner(CompiledNet net, ModelCheckOptions options)
{
    private const long Deviation = 10_000;
    private const int Sync = 0, LogMove = 1, ModelMove = 2, SilentMove = 3;

    private readonly int _places = net.PlaceCount;

    /// <summary>Aligns <paramref name="trace"/> (activity codes) unless it passes <paramref name="deadline"/> (a clock timestamp).</summary>
    public AlignedTrace Align(ReadOnlySpan<int> trace, long deadline)
    {
        var n = trace.Length;
        var unknownAfter = new int[n + 1];
        for (var i = n - 1; i >= 0; i--)
            unknownAfter[i] = unknownAfter[i + 1] + (net.ByActivity[trace[i]].Length == 0 ? 1 : 0);

        var states = new StateTable(_places);
        var start = states.Reserve();
        for (var p = 0; p < _places; p++)
            states.MarkingOf(start)[p] = (byte)net.Initial[p];
        states.Commit(start, pos: 0, g: 0, parent: -1, move: -1);
        var open = new PriorityQueue<(int State, long G), long>();
        open.Enqueue((start, 0), Priority(0, 0, unknownAfter));
        var clock = options.Clock;
        var expanded = 0;
        while (open.TryDequeue(out var item, out _))
        {
            var (s, g) = item;
            if (states.Closed(s) || g != states.G(s))
                continue;
            states.Close(s);
            var pos = states.Pos(s);
            if (pos == n && IsFinal(states.MarkingOf(s)))
                return Backtrack(states, s);
            if (++expanded % 1024 == 0 && clock.GetTimestamp() > deadline)
                return AlignedTrace.Failed("time", states.Count);
            if (states.Count > options.MaxStatesPerVariant)
                return AlignedTrace.Failed("states", states.Count);

            if (pos < n)
                Push(states, open, s, pos + 1, g + Deviation, LogMove, -1, unknownAfter);
            for (var t = 0; t < net.TransitionCount; t++)
            {
                if (!net.IsEnabled(t, states.MarkingOf(s)))
                    continue;
                var label = net.Label[t];
                if (label == -1)
                {
                    Push(states, open, s, pos, g + 1, SilentMove, t, unknownAfter);
                    continue;
                }
                if (pos < n && label == trace[pos])
                    Push(states, open, s, pos + 1, g, Sync, t, unknownAfter);
                Push(states, open, s, pos, g + Deviation, ModelMove, t, unknownAfter);
            }
        }
        return AlignedTrace.Failed("no run of the model reaches its final marking", states.Count);
    }

    private static long Priority(long g, int pos, int[] unknownAfter) =>
        ((g + Deviation * unknownAfter[pos]) << 16) + (0xFFFF - Math.Min(pos, 0xFFFF));

    private void Push(StateTable states, PriorityQueue<(int, long), long> open, int from, int pos, long g, int kind, int t, int[] unknownAfter)
    {
        var candidate = states.Reserve();
        var marking = states.MarkingOf(candidate);
        var source = states.MarkingOf(from);
        source.CopyTo(marking);
        if (t >= 0)
        {
            foreach (var (p, w) in net.Pre[t])
                marking[p] -= (byte)w;
            foreach (var (p, w) in net.Post[t])
            {
                // A place past 255 tokens means an unbounded net; such runs are not followed.
                if (marking[p] + w > byte.MaxValue)
                    return;
                marking[p] += (byte)w;
            }
        }
        var existing = states.Find(candidate, pos);
        if (existing < 0)
        {
            states.Commit(candidate, pos, g, from, (t << 2) | kind);
            open.Enqueue((candidate, g), Priority(g, pos, unknownAfter));
        }
        else if (!states.Closed(existing) && g < states.G(existing))
        {
            states.Update(existing, g, from, (t << 2) | kind);
            open.Enqueue((existing, g), Priority(g, pos, unknownAfter));
        }
    }

    private bool IsFinal(ReadOnlySpan<byte> marking)
    {
        for (var p = 0; p < _places; p++)
        {
            if (marking[p] != net.Final[p])
                return false;
        }
        return true;
    }

    private AlignedTrace Backtrack(StateTable states, int goal)
    {
        var logMoves = new List<int>();
        var skipped = new List<string>();
        var deviations = 0;
        for (var s = goal; states.Parent(s) >= 0; s = states.Parent(s))
        {
            var move = states.Move(s);
            switch (move & 3)
            {
                case LogMove:
                    logMoves.Add(states.Pos(s) - 1);
                    deviations++;
                    break;
                case ModelMove:
                    skipped.Add(net.Net.Transitions[move >> 2].Label!);
                    deviations++;
                    break;
            }
        }
        logMoves.Reverse();
        skipped.Reverse();
        return new AlignedTrace(deviations, logMoves, skipped, states.Count, null);
    }

    /// <summary>
    /// Search states in flat arrays: markings as bytes in one buffer, a hash index over (marking, position). A
    /// candidate is written into the next free slot first and kept only if it is new, so lookups never allocate.
    /// </summary>
    private sealed class StateTable
    {
        private readonly int _places;
        private readonly Dictionary<StateKey, int> _index;
        private byte[] _markings;
        private int[] _pos = new int[1024];
        private long[] _g = new long[1024];
        private int[] _parent = new int[1024];
        private int[] _move = new int[1024];
        private bool[] _closed = new bool[1024];

        public StateTable(int places)
        {
            _places = Math.Max(1, places);
            _markings = new byte[1024 * _places];
            _index = new Dictionary<StateKey, int>(new KeyComparer(this));
        }

        public int Count { get; private set; }

        public int Reserve()
        {
            if (Count == _pos.Length)
            {
                var size = _pos.Length * 2;
                Array.Resize(ref _markings, size * _places);
                Array.Resize(ref _pos, size);
                Array.Resize(ref _g, size);
                Array.Resize(ref _parent, size);
                Array.Resize(ref _move, size);
                Array.Resize(ref _closed, size);
            }
            return Count;
        }

        public Span<byte> MarkingOf(int s) => _markings.AsSpan(s * _places, _places);

        public int Find(int candidate, int pos)
        {
            _pos[candidate] = pos;
            return _index.TryGetValue(new StateKey(candidate), out var s) ? s : -1;
        }

        public void Commit(int s, int pos, long g, int parent, int move)
        {
            _pos[s] = pos;
            _g[s] = g;
            _parent[s] = parent;
            _move[s] = move;
            _closed[s] = false;
            _index.Add(new StateKey(s), s);
            Count++;
        }

        public void Update(int s, long g, int parent, int move)
        {
            _g[s] = g;
            _parent[s] = parent;
            _move[s] = move;
        }

        public int Pos(int s) => _pos[s];

        public long G(int s) => _g[s];

        public int Parent(int s) => _parent[s];

        public int Move(int s) => _move[s];

        public bool Closed(int s) => _closed[s];

        public void Close(int s) => _closed[s] = true;

        private readonly record struct StateKey(int Slot);

        private sealed class KeyComparer(StateTable table) : IEqualityComparer<StateKey>
        {
            public bool Equals(StateKey x, StateKey y) =>
                table._pos[x.Slot] == table._pos[y.Slot] && table.MarkingOf(x.Slot).SequenceEqual(table.MarkingOf(y.Slot));

            public int GetHashCode(StateKey key)
            {
                var hash = new HashCode();
                hash.Add(table._pos[key.Slot]);
                hash.AddBytes(table.MarkingOf(key.Slot));
                return hash.ToHashCode();
            }
        }
    }
}
