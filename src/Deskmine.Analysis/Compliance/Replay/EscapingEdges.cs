using Deskmine.Core.Logs;

namespace Deskmine.Analysis.Compliance.Replay;

/// <summary>
/// ETConformance precision (Muñoz-Gama &amp; Carmona, BPM 2010) with the prefix states found by token replay. Every
/// prefix of every case (up to the last-but-one event, plus the empty prefix) is replayed; in the marking reached,
/// the activities the model allows next are the visible transitions enabled in any marking reachable by silent
/// transitions; those no case with the same prefix did next are escaping edges. Prefixes that need missing tokens
/// are skipped. The prefixes are walked as a trie, so each is replayed from its parent's marking in one step.
/// </summary>
internal sealed class EscapingEdges(CompiledNet net, int maxSilentSteps)
{
    // Silent-closure states explored per marking; past it the activities found so far are used.
    private const int MaxClosureStates = 10_000;

    private readonly Dictionary<int[], int[]> _enabled = new(MarkingComparer.Instance);

    public ModelPrecision Compute(EventLog log, TimeProvider clock)
    {
        var started = clock.GetTimestamp();
        var root = new Node();
        for (var c = 0; c < log.CaseCount; c++)
        {
            var node = root;
            foreach (var a in log.ActivitiesOf(c))
            {
                node.Continuing++;
                node = node.Child(a);
            }
        }
        var replayer = new TokenReplayer(net, maxSilentSteps);
        long escaping = 0, enabled = 0;
        int prefixes = 0, nonFitting = 0;
        var stack = new Stack<(Node Node, int[] Marking)>();
        stack.Push((root, (int[])net.Initial.Clone()));
        while (stack.Count > 0)
        {
            var (node, marking) = stack.Pop();
            if (node.Continuing > 0)
            {
                prefixes++;
                var allowed = Enabled(marking);
                enabled += (long)node.Continuing * allowed.Length;
                escaping += (long)node.Continuing * allowed.Count(a => !node.Children.ContainsKey(a));
            }
            foreach (var (activity, child) in node.Children)
            {
                if (child.Continuing == 0)
                    continue;
                var next = (int[])marking.Clone();
                int missing = 0, consumed = 0, produced = 0;
                var t = replayer.ReplayEvent(activity, next, ref missing, ref consumed, ref produced, out _);
                if (t < 0 || missing > 0)
                {
                    nonFitting += child.CountPrefixes();
                    continue;
                }
                stack.Push((child, next));
            }
        }
        return new ModelPrecision
        {
            Precision = enabled == 0 ? 1.0 : 1.0 - (double)escaping / enabled,
            EscapingEdges = escaping,
            EnabledActivities = enabled,
            Prefixes = prefixes,
            NonFittingPrefixes = nonFitting,
            Seconds = clock.GetElapsedTime(started).TotalSeconds,
        };
    }

    /// <summary>Label codes of the visible transitions enabled in <paramref name="marking"/> or after silent moves from it.</summary>
    private int[] Enabled(int[] marking)
    {
        if (_enabled.TryGetValue(marking, out var known))
            return known;
        var labels = new HashSet<int>();
        var seen = new HashSet<int[]>(MarkingComparer.Instance) { marking };
        var queue = new Queue<int[]>();
        queue.Enqueue(marking);
        while (queue.Count > 0)
        {
            var m = queue.Dequeue();
            for (var t = 0; t < net.TransitionCount; t++)
            {
                if (!net.IsEnabled(t, m))
                    continue;
                var label = net.Label[t];
                if (label != -1)
                {
                    // A label the log never uses (-2) is still an activity the model allows: one code per transition.
                    labels.Add(label >= 0 ? label : -2 - t);
                    continue;
                }
                if (seen.Count >= MaxClosureStates)
                    continue;
                var next = (int[])m.Clone();
                foreach (var (p, w) in net.Pre[t])
                    next[p] -= w;
                foreach (var (p, w) in net.Post[t])
                    next[p] += w;
                if (seen.Add(next))
                    queue.Enqueue(next);
            }
        }
        var result = labels.ToArray();
        _enabled[(int[])marking.Clone()] = result;
        return result;
    }

    private sealed class Node
    {
        public Dictionary<int, Node> Children { get; } = [];

        /// <summary>Cases that have this prefix and at least one more event.</summary>
        public int Continuing { get; set; }

        public Node Child(int activity)
        {
            if (!Children.TryGetValue(activity, out var child))
            {
                child = new Node();
                Children[activity] = child;
            }
            return child;
        }

        public int CountPrefixes()
        {
            var count = Continuing > 0 ? 1 : 0;
            foreach (var c in Children.Values)
                count += c.CountPrefixes();
            return count;
        }
    }
}
