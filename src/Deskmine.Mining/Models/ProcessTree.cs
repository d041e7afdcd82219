using System.Text;

namespace Deskmine.Mining.Models;

/// <summary>
/// A block-structured process model (van der Aalst, Process Mining, 2016, ch. 3.7): leaves record an activity or
/// nothing (τ), inner nodes order their children. Sequences, choices and parallel blocks are kept flat (a child
/// never has its parent's operator); a loop has exactly two children, do and redo.
/// </summary>
public sealed class ProcessTree
{
    private ProcessTree(ProcessTreeOperator op, string? label, IReadOnlyList<ProcessTree> children)
    {
        Operator = op;
        Label = label;
        Children = children;
    }

    /// <summary>The silent leaf τ.</summary>
    public static ProcessTree Silent { get; } = new(ProcessTreeOperator.Silent, null, []);

    /// <summary>What the node is.</summary>
    public ProcessTreeOperator Operator { get; }

    /// <summary>The activity of an <see cref="ProcessTreeOperator.Activity"/> leaf; otherwise <c>null</c>.</summary>
    public string? Label { get; }

    /// <summary>The children, in order (empty for leaves).</summary>
    public IReadOnlyList<ProcessTree> Children { get; }

    /// <summary>Whether the node is a leaf.</summary>
    public bool IsLeaf => Children.Count == 0;

    /// <summary>A leaf recording <paramref name="label"/>.</summary>
    public static ProcessTree Activity(string label)
    {
        ArgumentException.ThrowIfNullOrEmpty(label);
        return new ProcessTree(ProcessTreeOperator.Activity, label, []);
    }

    /// <summary>The children in order; nested sequences are inlined, τ children dropped.</summary>
    public static ProcessTree Sequence(IEnumerable<ProcessTree> children) => Flat(ProcessTreeOperator.Sequence, children);

    /// <summary>One of the children; nested choices are inlined and several τ kept as one.</summary>
    public static ProcessTree Choice(IEnumerable<ProcessTree> children) => Flat(ProcessTreeOperator.Choice, children);

    /// <summary>All children interleaved; nested parallel blocks are inlined, τ children dropped.</summary>
    public static ProcessTree Parallel(IEnumerable<ProcessTree> children) => Flat(ProcessTreeOperator.Parallel, children);

    /// <summary><paramref name="body"/>, then any number of times <paramref name="redo"/> and <paramref name="body"/> again.</summary>
    public static ProcessTree Loop(ProcessTree body, ProcessTree redo)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(redo);
        return new ProcessTree(ProcessTreeOperator.Loop, null, [body, redo]);
    }

    /// <summary>This node and every node below it, parents before children.</summary>
    public IEnumerable<ProcessTree> Nodes()
    {
        var stack = new Stack<ProcessTree>();
        stack.Push(this);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            for (var i = node.Children.Count - 1; i >= 0; i--)
                stack.Push(node.Children[i]);
        }
    }

    /// <summary>The activities of the leaves, each once, ordinal order.</summary>
    public IReadOnlyList<string> Activities() =>
        [.. Nodes().Where(n => n.Label is not null).Select(n => n.Label!).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>
    /// The tree in the notation of van der Aalst's book as pm4py prints it: <c>-&gt;( 'a', X( tau, 'b' ), +( 'c', 'd' ), *( 'e', 'f' ) )</c>.
    /// </summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        Write(this, text);
        return text.ToString();
    }

    private static void Write(ProcessTree node, StringBuilder text)
    {
        switch (node.Operator)
        {
            case ProcessTreeOperator.Activity:
                text.Append('\'').Append(node.Label).Append('\'');
                return;
            case ProcessTreeOperator.Silent:
                text.Append("tau");
                return;
        }
        text.Append(node.Operator switch
        {
            ProcessTreeOperator.Sequence => "->",
            ProcessTreeOperator.Choice => "X",
            ProcessTreeOperator.Parallel => "+",
            _ => "*",
        }).Append("( ");
        for (var i = 0; i < node.Children.Count; i++)
        {
            if (i > 0)
                text.Append(", ");
            Write(node.Children[i], text);
        }
        text.Append(" )");
    }

    private static ProcessTree Flat(ProcessTreeOperator op, IEnumerable<ProcessTree> children)
    {
        ArgumentNullException.ThrowIfNull(children);
        var flat = new List<ProcessTree>();
        foreach (var child in children)
        {
            if (child.Operator == op)
                flat.AddRange(child.Children);
            else if (child.Operator == ProcessTreeOperator.Silent && (op != ProcessTreeOperator.Choice || flat.Contains(Silent)))
                continue;
            else
                flat.Add(child);
        }
        return flat.Count switch
        {
            0 => Silent,
            1 => flat[0],
            _ => new ProcessTree(op, null, flat),
        };
    }
}
