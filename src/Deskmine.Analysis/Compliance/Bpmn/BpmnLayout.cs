using Deskmine.Mining.Models;

namespace Deskmine.Analysis.Compliance.Bpmn;

/// <summary>
/// Turns a process tree into BPMN flow nodes and sequence flows and lays them out left to right, block by block:
/// a sequence side by side, the branches of a choice (exclusive gateways) or parallel block (parallel gateways)
/// stacked between a split and a join, a loop as a merge gateway, the do part and a split gateway on one row with
/// the redo part below and the flows back routed underneath. τ leaves become plain flows.
/// </summary>
internal sealed class BpmnLayout
{
    private const int TaskWidth = 100, TaskHeight = 80, GatewaySize = 50, EventSize = 36;
    private const int GapX = 50, GapY = 30, EmptyLane = 30, BackLane = 20;

    private readonly List<Shape> _shapes = [];
    private readonly List<Edge> _edges = [];
    private readonly Dictionary<ProcessTree, Size> _sizes = new(ReferenceEqualityComparer.Instance);

    public IReadOnlyList<Shape> Shapes => _shapes;

    public IReadOnlyList<Edge> Edges => _edges;

    public static BpmnLayout Of(ProcessTree tree)
    {
        var layout = new BpmnLayout();
        var size = layout.Measure(tree);
        const int left = 20, top = 20;
        var axis = top + Math.Max(size.Axis, EventSize / 2);
        var start = layout.Add("StartEvent", BpmnNodeKind.StartEvent, "start", left, axis - EventSize / 2, EventSize, EventSize);
        var x = left + EventSize + GapX;
        var block = layout.Place(tree, x, axis - size.Axis);
        var endX = block is null ? x : x + size.Width + GapX;
        var end = layout.Add("EndEvent", BpmnNodeKind.EndEvent, "end", endX, axis - EventSize / 2, EventSize, EventSize);
        layout.Flow(start, block?.Entry ?? end);
        if (block is not null)
            layout.Flow(block.Value.Exit, end);
        return layout;
    }

    private Size Measure(ProcessTree node)
    {
        if (_sizes.TryGetValue(node, out var known))
            return known;
        Size size;
        switch (node.Operator)
        {
            case ProcessTreeOperator.Activity:
                size = new Size(TaskWidth, TaskHeight, TaskHeight / 2);
                break;
            case ProcessTreeOperator.Silent:
                size = new Size(0, EmptyLane, EmptyLane / 2);
                break;
            case ProcessTreeOperator.Sequence:
                var parts = node.Children.Select(Measure).Where(s => s.Width > 0).ToList();
                var above = parts.Max(s => s.Axis);
                var below = parts.Max(s => s.Height - s.Axis);
                size = new Size(parts.Sum(s => s.Width) + GapX * (parts.Count - 1), above + below, above);
                break;
            case ProcessTreeOperator.Choice or ProcessTreeOperator.Parallel:
                var branches = node.Children.Select(Measure).ToList();
                var stack = branches.Sum(s => s.Height) + GapY * (branches.Count - 1);
                var height = Math.Max(stack, GatewaySize);
                size = new Size(2 * GatewaySize + 2 * GapX + branches.Max(s => s.Width), height, height / 2);
                break;
            default:
                var body = Measure(node.Children[0]);
                var redo = Measure(node.Children[1]);
                var axis = Math.Max(body.Axis, GatewaySize / 2);
                var row = axis + Math.Max(body.Height - body.Axis, GatewaySize / 2);
                size = new Size(2 * GatewaySize + 2 * GapX + Math.Max(body.Width, redo.Width), row + GapY + redo.Height + 2 * BackLane, axis);
                break;
        }
        _sizes[node] = size;
        return size;
    }

    /// <summary>Places <paramref name="node"/> with its box's top-left corner at (x, y); <c>null</c> for τ.</summary>
    private (string Entry, string Exit)? Place(ProcessTree node, int x, int y)
    {
        var size = Measure(node);
        var axis = y + size.Axis;
        switch (node.Operator)
        {
            case ProcessTreeOperator.Activity:
                var task = Add("Activity", BpmnNodeKind.Task, node.Label!, x, y, TaskWidth, TaskHeight);
                return (task, task);
            case ProcessTreeOperator.Silent:
                return null;
            case ProcessTreeOperator.Sequence:
                (string Entry, string Exit)? chain = null;
                foreach (var child in node.Children)
                {
                    var s = Measure(child);
                    if (Place(child, x, axis - s.Axis) is not { } part)
                        continue;
                    if (chain is { } c)
                        Flow(c.Exit, part.Entry);
                    chain = (chain?.Entry ?? part.Entry, part.Exit);
                    x += s.Width + GapX;
                }
                return chain;
            case ProcessTreeOperator.Choice or ProcessTreeOperator.Parallel:
            {
                var kind = node.Operator == ProcessTreeOperator.Choice ? BpmnNodeKind.ExclusiveGateway : BpmnNodeKind.ParallelGateway;
                var split = Add("Gateway", kind, "", x, axis - GatewaySize / 2, GatewaySize, GatewaySize);
                var joinX = x + size.Width - GatewaySize;
                var join = Add("Gateway", kind, "", joinX, axis - GatewaySize / 2, GatewaySize, GatewaySize);
                var stack = node.Children.Sum(c => Measure(c).Height) + GapY * (node.Children.Count - 1);
                var top = axis - stack / 2;
                foreach (var child in node.Children)
                {
                    var s = Measure(child);
                    if (Place(child, x + GatewaySize + GapX, top) is { } branch)
                    {
                        Flow(split, branch.Entry);
                        Flow(branch.Exit, join);
                    }
                    else
                    {
                        var lane = top + s.Axis;
                        Flow(split, join, [(x + GatewaySize / 2, axis), (x + GatewaySize / 2, lane), (joinX + GatewaySize / 2, lane), (joinX + GatewaySize / 2, axis)]);
                    }
                    top += s.Height + GapY;
                }
                return (split, join);
            }
            default:
            {
                var merge = Add("Gateway", BpmnNodeKind.ExclusiveGateway, "", x, axis - GatewaySize / 2, GatewaySize, GatewaySize);
                var splitX = x + size.Width - GatewaySize;
                var split = Add("Gateway", BpmnNodeKind.ExclusiveGateway, "", splitX, axis - GatewaySize / 2, GatewaySize, GatewaySize);
                var body = Measure(node.Children[0]);
                var redo = Measure(node.Children[1]);
                if (Place(node.Children[0], x + GatewaySize + GapX, axis - body.Axis) is { } b)
                {
                    Flow(merge, b.Entry);
                    Flow(b.Exit, split);
                }
                else
                {
                    Flow(merge, split);
                }
                var row = Math.Max(body.Height - body.Axis, GatewaySize / 2);
                var redoTop = axis + row + GapY;
                var lane1 = redoTop + redo.Height + BackLane / 2;
                var lane2 = lane1 + BackLane;
                var (mx, sx) = (x + GatewaySize / 2, splitX + GatewaySize / 2);
                var gatewayBottom = axis + GatewaySize / 2;
                if (Place(node.Children[1], x + GatewaySize + GapX, redoTop) is { } r)
                {
                    var entry = _shapes.Single(s => s.Id == r.Entry);
                    var exit = _shapes.Single(s => s.Id == r.Exit);
                    var (ey, xy) = (entry.Y + entry.Height / 2, exit.Y + exit.Height / 2);
                    Flow(split, r.Entry, [(sx, gatewayBottom), (sx, lane1), (entry.X - GapX / 2, lane1), (entry.X - GapX / 2, ey), (entry.X, ey)]);
                    Flow(r.Exit, merge, [(exit.X + exit.Width, xy), (exit.X + exit.Width + GapX / 2, xy), (exit.X + exit.Width + GapX / 2, lane2), (mx, lane2), (mx, gatewayBottom)]);
                }
                else
                {
                    Flow(split, merge, [(sx, gatewayBottom), (sx, lane1), (mx, lane1), (mx, gatewayBottom)]);
                }
                return (merge, split);
            }
        }
    }

    private string Add(string prefix, BpmnNodeKind kind, string name, int x, int y, int width, int height)
    {
        var id = $"{prefix}_{_shapes.Count + 1}";
        _shapes.Add(new Shape(id, kind, name, x, y, width, height));
        return id;
    }

    private void Flow(string from, string to, IReadOnlyList<(int X, int Y)>? waypoints = null)
    {
        var id = $"Flow_{_edges.Count + 1}";
        _edges.Add(new Edge(id, from, to, waypoints ?? Route(from, to)));
    }

    /// <summary>From the source's right side to the target's left side; a gateway fans out from (or collects at) its top or bottom.</summary>
    private List<(int X, int Y)> Route(string from, string to)
    {
        var s = _shapes.Single(n => n.Id == from);
        var t = _shapes.Single(n => n.Id == to);
        var (sy, ty) = (s.Y + s.Height / 2, t.Y + t.Height / 2);
        if (sy == ty)
            return [(s.X + s.Width, sy), (t.X, ty)];
        if (s.IsGateway)
        {
            var cx = s.X + s.Width / 2;
            return [(cx, ty < sy ? s.Y : s.Y + s.Height), (cx, ty), (t.X, ty)];
        }
        if (t.IsGateway)
        {
            var cx = t.X + t.Width / 2;
            return [(s.X + s.Width, sy), (cx, sy), (cx, sy < ty ? t.Y : t.Y + t.Height)];
        }
        var mid = (s.X + s.Width + t.X) / 2;
        return [(s.X + s.Width, sy), (mid, sy), (mid, ty), (t.X, ty)];
    }

    /// <summary>A block's box and the distance from its top to the line its entry and exit sit on.</summary>
    private readonly record struct Size(int Width, int Height, int Axis);

    public sealed record Shape(string Id, BpmnNodeKind Kind, string Name, int X, int Y, int Width, int Height)
    {
        public bool IsGateway => Kind is BpmnNodeKind.ExclusiveGateway or BpmnNodeKind.ParallelGateway;
    }

    public sealed record Edge(string Id, string Source, string Target, IReadOnlyList<(int X, int Y)> Waypoints);
}
