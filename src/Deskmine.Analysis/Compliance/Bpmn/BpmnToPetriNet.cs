using Deskmine.Analysis.Compliance.Models;
using Deskmine.Core.Errors;

namespace Deskmine.Analysis.Compliance.Bpmn;

/// <summary>
/// Converts a BPMN process into a workflow net. Every sequence flow is a place; an exclusive gateway is the
/// merge of the places of its flows (a place with several producers and consumers is an exclusive choice, so
/// no silent transition is needed and alignments explore fewer states); a task with several incoming flows
/// merges them the same way (BPMN's uncontrolled flow). A parallel gateway is one silent transition; an
/// inclusive gateway one silent transition per non-empty subset of its branches (the join is approximated
/// locally: it may fire on any subset, the replay or alignment picks the one that fits). The start event's
/// flow is the source place, the end events' flows are the sink.
/// </summary>
internal static class BpmnToPetriNet
{
    // 2^10 - 1 silent transitions per inclusive gateway at most.
    private const int MaxInclusiveBranches = 10;

    public static PetriNet Convert(BpmnModel model)
    {
        var flowIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < model.Flows.Count; i++)
            flowIndex[model.Flows[i].Id] = i;
        // Slots 0..F-1 are flows; F is the source, F+1 the sink; more slots are added for inclusive gateway centres.
        var sets = new UnionFind(model.Flows.Count + 2);
        var source = model.Flows.Count;
        var sink = source + 1;
        var incoming = model.Nodes.ToDictionary(n => n.Id, _ => new List<int>(), StringComparer.Ordinal);
        var outgoing = model.Nodes.ToDictionary(n => n.Id, _ => new List<int>(), StringComparer.Ordinal);
        for (var i = 0; i < model.Flows.Count; i++)
        {
            outgoing[model.Flows[i].Source].Add(i);
            incoming[model.Flows[i].Target].Add(i);
        }

        var pending = new List<(string Name, string? Label, List<int> In, List<int> Out)>();
        foreach (var node in model.Nodes)
        {
            var ins = incoming[node.Id];
            var outs = outgoing[node.Id];
            switch (node.Kind)
            {
                case BpmnNodeKind.StartEvent:
                    if (outs.Count == 1)
                        sets.Union(source, outs[0]);
                    else if (outs.Count > 1)
                        pending.Add((node.Id, null, [source], outs));
                    break;
                case BpmnNodeKind.EndEvent:
                    foreach (var f in ins)
                        sets.Union(sink, f);
                    break;
                case BpmnNodeKind.ExclusiveGateway when ins.Count + outs.Count > 0:
                    foreach (var f in ins.Concat(outs))
                        sets.Union(ins.Count > 0 ? ins[0] : outs[0], f);
                    break;
                case BpmnNodeKind.Task or BpmnNodeKind.IntermediateEvent:
                    if (ins.Count == 0)
                        throw new InputException(model.Source, node.Line, node.Id, $"'{Describe(node)}' has no incoming sequence flow");
                    foreach (var f in ins)
                        sets.Union(ins[0], f);
                    var label = node.Kind == BpmnNodeKind.Task && node.Name.Length > 0 ? node.Name : null;
                    pending.Add((node.Id, label, [ins[0]], outs.Count == 0 ? [sink] : outs));
                    break;
                case BpmnNodeKind.ExclusiveGateway:
                    break;
                case BpmnNodeKind.ParallelGateway:
                    if (ins.Count == 0)
                        throw new InputException(model.Source, node.Line, node.Id, $"parallel gateway '{Describe(node)}' has no incoming sequence flow");
                    pending.Add((node.Id, null, ins, outs.Count == 0 ? [sink] : outs));
                    break;
                case BpmnNodeKind.InclusiveGateway:
                    Inclusive(model, node, ins, outs.Count == 0 ? [sink] : outs, sets, pending);
                    break;
                default:
                    throw new InputException(model.Source, node.Line, node.Id, $"unsupported node kind {node.Kind}");
            }
        }

        // One place per set of merged slots; source and sink keep their names.
        var placeOf = new Dictionary<int, int>();
        var places = new List<string>();
        int Place(int slot)
        {
            var root = sets.Find(slot);
            if (!placeOf.TryGetValue(root, out var p))
            {
                p = places.Count;
                placeOf[root] = p;
                places.Add(root == sets.Find(source) ? "source" : root == sets.Find(sink) ? "sink" : $"p{p}");
            }
            return p;
        }
        Place(source);
        Place(sink);
        var transitions = pending.Select(t => new PetriTransition(t.Name, t.Label, [.. t.In.Select(Place)], [.. t.Out.Select(Place)])).ToList();
        var initial = new int[places.Count];
        var final = new int[places.Count];
        initial[Place(source)] = 1;
        final[Place(sink)] = 1;
        return new PetriNet(places, transitions, initial, final);
    }

    private static void Inclusive(BpmnModel model, BpmnNode node, List<int> ins, List<int> outs, UnionFind sets, List<(string, string?, List<int>, List<int>)> pending)
    {
        if (ins.Count > MaxInclusiveBranches || outs.Count > MaxInclusiveBranches)
            throw new InputException(model.Source, node.Line, node.Id, $"inclusive gateway '{Describe(node)}' has more than {MaxInclusiveBranches} branches on one side");
        if (ins.Count == 0)
            throw new InputException(model.Source, node.Line, node.Id, $"inclusive gateway '{Describe(node)}' has no incoming sequence flow");
        // With several flows on both sides, a centre slot separates the join from the split.
        var centre = ins.Count > 1 && outs.Count > 1 ? sets.Add() : -1;
        var joinOut = centre >= 0 ? [centre] : outs;
        var splitIn = centre >= 0 ? [centre] : ins;
        if (ins.Count > 1 || centre >= 0)
        {
            foreach (var subset in Subsets(ins))
                pending.Add(($"{node.Id}/join{pending.Count}", null, subset, joinOut));
        }
        if (outs.Count > 1 || centre >= 0)
        {
            foreach (var subset in Subsets(outs))
                pending.Add(($"{node.Id}/split{pending.Count}", null, splitIn, subset));
        }
        if (ins.Count == 1 && outs.Count == 1)
            pending.Add((node.Id, null, ins, outs));
    }

    private static IEnumerable<List<int>> Subsets(List<int> items)
    {
        for (var mask = 1; mask < 1 << items.Count; mask++)
            yield return [.. items.Where((_, i) => (mask & (1 << i)) != 0)];
    }

    private static string Describe(BpmnNode node) => node.Name.Length > 0 ? node.Name : node.Id;

    /// <summary>Disjoint sets of slots (path halving).</summary>
    private sealed class UnionFind(int count)
    {
        private readonly List<int> _parent = [.. Enumerable.Range(0, count)];

        public int Add()
        {
            _parent.Add(_parent.Count);
            return _parent.Count - 1;
        }

        public int Find(int x)
        {
            while (_parent[x] != x)
            {
                _parent[x] = _parent[_parent[x]];
                x = _parent[x];
            }
            return x;
        }

        public void Union(int a, int b)
        {
            var ra = Find(a);
            var rb = Find(b);
            if (ra != rb)
                _parent[rb] = ra;
        }
    }
}
