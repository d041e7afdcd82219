using Deskmine.Analysis.Compliance.Reference;
using Deskmine.Analysis.Compliance.Replay;

namespace Deskmine.Analysis.Compliance;

/// <summary>The outcome of a compliance check: per rule figures, the deviations with evidence, rates per group, warnings.</summary>
public sealed record ComplianceResult
{
    /// <summary>One entry per rule, in the order of the rules (for a model check: one per method).</summary>
    public required IReadOnlyList<RuleOutcome> Rules { get; init; }

    /// <summary>One entry per violated (rule, case), ordered by rule and then by case order in the log.</summary>
    public required IReadOnlyList<Deviation> Deviations { get; init; }

    /// <summary>The attribute the rates are grouped by, or <c>null</c> when the log has no such attribute.</summary>
    public string? GroupBy { get; init; }

    /// <summary>Violation rates per group, largest group first; empty when the log has no <see cref="GroupBy"/> attribute.</summary>
    public IReadOnlyList<GroupRate> Rates { get; init; } = [];

    /// <summary>Likely mistakes in the rules (activities that occur in no case).</summary>
    public IReadOnlyList<ComplianceWarning> Warnings { get; init; } = [];

    /// <summary>For a model check: fitness per method; empty for rules.</summary>
    public IReadOnlyList<ModelFitness> Fitness { get; init; } = [];

    /// <summary>Departures of mined instances from a procedure recorded as walkthroughs, when one was given; else <c>null</c>.</summary>
    public ReferenceReport? Reference { get; init; }

    /// <summary>Number of cases in the checked log (with only a walkthrough given: the instances checked against it).</summary>
    public int Cases { get; init; }
}
