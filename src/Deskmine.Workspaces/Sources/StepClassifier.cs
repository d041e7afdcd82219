using Deskmine.Core.Logs;
using Deskmine.Mining.Filters;
using Deskmine.Storage;
using Deskmine.Workspaces.Recognition;

namespace Deskmine.Workspaces.Sources;

/// <summary>
/// The step classifier: an event's activity is the action recognition abstracted it into, by the action's readable
/// step name (<c>Excel: copy cell in column A</c>, <c>SAP – MIRO Enter Incoming Invoice: click 'Post'</c>; see
/// <see cref="StepNames"/>). It is the default for the case notions recognition makes (<c>segment</c>, <c>mined</c>):
/// a recorded element or title holds record values (a cell, an invoice number), so the raw classifier
/// (<c>app,kind,target_name</c>) gives a map tens of thousands of activities wide, while recognition's action
/// labels are templates of those values. Several labels may share a name; they are one step.
/// </summary>
public static class StepClassifier
{
    /// <summary>The classifier's name on the command line (<c>--classifier step</c>).</summary>
    public const string Name = "step";

    /// <summary>The stored field the classifier reads: recognition's action label of each event.</summary>
    public const string LabelField = "derived.label";

    /// <summary>Whether <paramref name="classifier"/> (comma-separated fields) means the step classifier for <paramref name="caseNotion"/>.</summary>
    public static bool IsMeant(string caseNotion, string classifier)
    {
        ArgumentNullException.ThrowIfNull(caseNotion);
        ArgumentNullException.ThrowIfNull(classifier);
        var trimmed = classifier.Trim();
        return trimmed == Name
            || (trimmed == LogSources.AutoClassifier && caseNotion is CaseNotions.Segment or CaseNotions.Mined);
    }

    /// <summary>Whether <paramref name="query"/> asks for the step classifier.</summary>
    public static bool IsIn(LogQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return query.Classifier is [Name];
    }

    /// <summary>
    /// The folding of maps of steps: at most 30 boxes, none under 0.5 % of the map's events, rare steps first grouped
    /// under their coarser names (<see cref="CoarserStep"/>). A map of about 30 activities is what a person reads at a
    /// glance and what Graphviz lays out in about a second in a browser (docs/report.md).
    /// </summary>
    public static RareActivityFoldingOptions DefaultFolding { get; } = new()
    {
        MinPercent = 0.5,
        MaxActivities = 30,
        Noun = "steps",
        CoarserName = CoarserStep,
    };

    /// <summary>
    /// How a map folds its rare activities: <see cref="DefaultFolding"/> for maps of steps, none for other
    /// classifiers, with the caller's <paramref name="minPercent"/> and <paramref name="maxActivities"/>
    /// (0 = no limit) over either; <c>null</c> when nothing is folded.
    /// </summary>
    public static RareActivityFoldingOptions? Folding(bool steps, double? minPercent = null, int? maxActivities = null)
    {
        var options = steps ? DefaultFolding : new RareActivityFoldingOptions();
        if (minPercent is { } percent)
            options = options with { MinPercent = percent };
        if (maxActivities is { } n)
            options = options with { MaxActivities = n == 0 ? int.MaxValue : n };
        return options.MinPercent == 0 && options.MaxActivities == int.MaxValue ? null : options;
    }

    /// <summary>
    /// The coarser step of a step name, following its shape <c>App – Screen: verb 'element'</c>
    /// (<see cref="StepNames"/>): without the element (<c>Chrome – customer: type into</c>), then without what was
    /// done (<c>Chrome – customer</c>), then the application alone (<c>Chrome</c>); <c>null</c> at the top.
    /// </summary>
    public static string? CoarserStep(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var colon = name.IndexOf(": ", StringComparison.Ordinal);
        if (colon > 0)
        {
            var what = name[(colon + 2)..];
            var element = new[] { what.IndexOf(" '", StringComparison.Ordinal), what.IndexOf(" cell in column", StringComparison.Ordinal) }
                .Where(i => i > 0).DefaultIfEmpty(-1).Min();
            return element > 0 ? name[..(colon + 2)] + what[..element] : name[..colon];
        }
        var dash = name.IndexOf(" – ", StringComparison.Ordinal);
        return dash > 0 ? name[..dash] : null;
    }

    /// <summary>
    /// Reads <paramref name="query"/>'s log from <paramref name="store"/> with each event's activity the step name of
    /// its action label (the label itself for workspaces mined before step names were stored).
    /// </summary>
    /// <exception cref="InvalidRequestException">The store holds no recognition run.</exception>
    public static EventLog Read(IEventStore store, LogQuery query)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(query);
        if (!TaskTypeCatalogue.IsStored(store))
            throw new InvalidRequestException($"the step classifier names each event by the action recognition found; run 'deskmine mine' on this workspace first, or choose fields with --classifier (e.g. app,kind,target_name)");
        var names = StepNames.Read(store);
        var log = store.ReadLog(query with { Classifier = [LabelField] });
        return names is null ? log : new ActivityRenaming(label => names.NameOf(label) ?? label).Apply(log);
    }
}
