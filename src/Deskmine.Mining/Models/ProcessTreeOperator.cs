namespace Deskmine.Mining.Models;

/// <summary>What a node of a <see cref="ProcessTree"/> is.</summary>
public enum ProcessTreeOperator
{
    /// <summary>A leaf that records one activity.</summary>
    Activity,

    /// <summary>A silent leaf (τ): nothing is recorded.</summary>
    Silent,

    /// <summary>The children in order (<c>-&gt;</c>).</summary>
    Sequence,

    /// <summary>Exactly one of the children (<c>X</c>).</summary>
    Choice,

    /// <summary>All children, interleaved (<c>+</c>).</summary>
    Parallel,

    /// <summary>The first child (do), then any number of times the second (redo) and the first again (<c>*</c>).</summary>
    Loop,
}
