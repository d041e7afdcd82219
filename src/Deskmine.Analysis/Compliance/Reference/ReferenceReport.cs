namespace Deskmine.Analysis.Compliance.Reference;

/// <summary>How the mined instances of one task type depart from a prescribed procedure recorded as walkthroughs.</summary>
public sealed record ReferenceReport
{
    /// <summary>The task type checked (<see cref="Work.WorkTaskType.Id"/>).</summary>
    public required string TaskTypeId { get; init; }

    /// <summary>The task type's name.</summary>
    public required string TaskTypeName { get; init; }

    /// <summary><c>task</c> when the type was named, <c>steps</c> when it was found by its steps.</summary>
    public required string MatchedBy { get; init; }

    /// <summary>Share of the procedure's steps that the type's instances also do (0–1).</summary>
    public required double Overlap { get; init; }

    /// <summary>The allowed variants, steps named as the mined steps where they could be matched.</summary>
    public required IReadOnlyList<ReferenceVariant> Variants { get; init; }

    /// <summary>Prescribed steps that no instance of the type does under that name (a step recorded differently, or never done).</summary>
    public required IReadOnlyList<string> UnmatchedSteps { get; init; }

    /// <summary>One entry per instance checked, in instance order.</summary>
    public required IReadOnlyList<ReferenceDeviation> Instances { get; init; }

    /// <summary>Per step, how often it was skipped, reordered or added: prescribed steps first in order, then added steps, most frequent first.</summary>
    public required IReadOnlyList<ReferenceStepRate> Steps { get; init; }

    /// <summary>Rates per team with at least <see cref="MinPeople"/> people, largest first.</summary>
    public required IReadOnlyList<ReferenceTeamRate> Teams { get; init; }

    /// <summary>Teams left out of <see cref="Teams"/> because fewer than <see cref="MinPeople"/> people did the task in them.</summary>
    public required int SuppressedTeams { get; init; }

    /// <summary>k, the smallest group shown.</summary>
    public required int MinPeople { get; init; }

    /// <summary>Instances that follow an allowed variant exactly.</summary>
    public int Conforming => Instances.Count(i => i.Conforms);
}
