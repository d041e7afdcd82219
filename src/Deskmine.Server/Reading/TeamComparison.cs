using Deskmine.Analysis.Standardisation;

namespace Deskmine.Server.Reading;

/// <summary>
/// The team comparison (standardisation) of the analysis as the API shows it: durations in seconds; the groups
/// are those the analysis kept, which already leaves out every group of fewer than k people.
/// </summary>
internal static class TeamComparison
{
    public sealed record Answer(string Attribute, int ObservedDays, int K, IReadOnlyList<TaskType> TaskTypes);

    public sealed record TaskType(string Id, string Name, IReadOnlyList<Group> Groups, int SuppressedGroups, Variant? BestPractice, string? BestPracticeGroup);

    public sealed record Group(string Name, int People, int Instances, double MedianS, double P90S, double ReworkShare,
        IReadOnlyList<Variant> Variants, IReadOnlyList<string> OwnSteps, double BestPracticeShare, double DeviationHoursPerYear);

    public sealed record Variant(IReadOnlyList<string> Steps, int Instances, int People, double Share, double MedianS, double ReworkShare);

    public static Answer From(StandardisationReport report, Func<int, string> taskTypeId, int k) => new(
        report.Attribute, report.ObservedDays, k,
        report.TaskTypes.Select(t => new TaskType(taskTypeId(t.TaskType), t.Name,
            t.Groups.Select(g => new Group(g.Group, g.People, g.Instances, g.MedianHandling.TotalSeconds, g.P90Handling.TotalSeconds, g.ReworkShare,
                g.Variants.Select(Of).ToList(), g.OwnSteps, g.BestPracticeShare, g.DeviationHoursPerYear)).ToList(),
            t.SuppressedGroups, t.BestPractice is { } b ? Of(b) : null, t.BestPracticeGroup)).ToList());

    private static Variant Of(VariantProfile v) => new(v.Steps, v.Instances, v.People, v.Share, v.MedianHandling.TotalSeconds, v.ReworkShare);
}
