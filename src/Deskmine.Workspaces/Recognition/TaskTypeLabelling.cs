using Deskmine.Mining.Recognition;
using Deskmine.Storage;
using Deskmine.Storage.Workspaces;

namespace Deskmine.Workspaces.Recognition;

/// <summary>
/// The labelling loop over a workspace's last recognition run: list the task types, rename, merge and split them.
/// Every change is added to the workspace's labelling rules (<see cref="LabellingRules"/>, the rules
/// <c>deskmine mine --rules</c> keeps) and the run is made again with them, so the change shows at once, holds on
/// every later <c>deskmine mine</c>, and every derived result (maps, exports, analysis) sees the same types.
/// Types are named by id (<see cref="TaskTypeSummary.Id"/>) or by their exact name.
/// </summary>
public static class TaskTypeLabelling
{
    /// <summary>The task types of the last run, most instances first.</summary>
    /// <exception cref="WorkspaceProblemException">No recognition run is stored, or it predates task profiles.</exception>
    public static IReadOnlyList<TaskTypeSummary> List(Workspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return Summaries(Catalogue(workspace.Events));
    }

    /// <summary>Gives task type <paramref name="type"/> the name <paramref name="name"/>.</summary>
    /// <exception cref="InvalidRequestException">The type is unknown, or the name is empty, too long or another type's.</exception>
    public static LabellingResult Rename(Workspace workspace, string type, string name)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var catalogue = Catalogue(workspace.Events);
        var entry = Resolve(catalogue, type);
        var clean = ValidName(name);
        NotTaken(catalogue, clean, [entry.Key]);
        return Apply(workspace, catalogue, new TaskTypeRule(TaskTypeRuleKind.Rename, [entry.Key], clean));
    }

    /// <summary>Joins <paramref name="types"/> into one type, named <paramref name="name"/> or, without one, after the first type given.</summary>
    /// <exception cref="InvalidRequestException">Fewer than two different types, an unknown type, or an unusable name.</exception>
    public static LabellingResult Merge(Workspace workspace, IReadOnlyList<string> types, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(types);
        var catalogue = Catalogue(workspace.Events);
        var entries = types.Select(t => Resolve(catalogue, t)).DistinctBy(e => e.Key).ToList();
        if (entries.Count < 2)
            throw new InvalidRequestException("merge needs at least two different task types (ids from 'deskmine tasks')");
        var clean = name is null ? entries[0].Name : ValidName(name);
        NotTaken(catalogue, clean, [.. entries.Select(e => e.Key)]);
        return Apply(workspace, catalogue, new TaskTypeRule(TaskTypeRuleKind.Merge, [.. entries.Select(e => e.Key)], clean));
    }

    /// <summary>
    /// Divides task type <paramref name="type"/> by <paramref name="by"/>: each application (or first step) with at
    /// least two instances and 5 % of the type becomes a type of its own, named from its steps; the most frequent
    /// one keeps the type's id and name.
    /// </summary>
    /// <exception cref="InvalidRequestException">The type is unknown, or all its instances share one value (nothing to split).</exception>
    public static LabellingResult Split(Workspace workspace, string type, TaskTypeSplitBy by)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var catalogue = Catalogue(workspace.Events);
        var entry = Resolve(catalogue, type);
        return Apply(workspace, catalogue, new TaskTypeRule(TaskTypeRuleKind.Split, [entry.Key], "", By: by));
    }

    /// <summary>Moves the instances of <paramref name="type"/> that contain an action whose label contains <paramref name="actionContains"/> to a new type <paramref name="name"/>.</summary>
    /// <exception cref="InvalidRequestException">The type is unknown, the name unusable, or no instance contains such an action.</exception>
    public static LabellingResult Split(Workspace workspace, string type, string actionContains, string name)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        if (string.IsNullOrEmpty(actionContains))
            throw new InvalidRequestException("--action needs the text of an action label to split on");
        var catalogue = Catalogue(workspace.Events);
        var entry = Resolve(catalogue, type);
        var clean = ValidName(name);
        NotTaken(catalogue, clean, []);
        return Apply(workspace, catalogue, new TaskTypeRule(TaskTypeRuleKind.Split, [entry.Key], clean, actionContains));
    }

    private static LabellingResult Apply(Workspace workspace, TaskTypeCatalogue before, TaskTypeRule rule)
    {
        var store = workspace.Events;
        var kept = LabellingRules.Read(store);
        var run = RecognitionRun.Run(workspace, new RecognitionRequest { Rules = [.. kept, rule] });
        var after = Summaries(run.Catalogue);
        var old = before.Entries.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        var changed = rule.Kind switch
        {
            TaskTypeRuleKind.Split => after.Where(t => !old.Contains(t.Id)).ToList(),
            _ => after.Where(t => rule.Types.Contains(t.Id, StringComparer.Ordinal)).ToList(),
        };
        if (changed.Count == 0)
        {
            // Nothing changed (a split whose instances all share one value): the rule would only clutter the kept rules.
            LabellingRules.Write(store, kept);
            throw new InvalidRequestException(rule.Kind == TaskTypeRuleKind.Split
                ? $"splitting '{rule.Types[0]}' {SplitText(rule)} leaves it whole: no other value has at least two instances and 5 % of the type"
                : $"the {rule.Kind.ToString().ToLowerInvariant()} of '{string.Join("', '", rule.Types)}' changed no task type");
        }
        return new LabellingResult(rule, changed, after);
    }

    private static string SplitText(TaskTypeRule rule) => rule.By switch
    {
        TaskTypeSplitBy.Application => "by application",
        TaskTypeSplitBy.FirstStep => "by first step",
        _ => $"on actions containing '{rule.WhenActionContains}'",
    };

    private static TaskTypeCatalogue Catalogue(IEventStore store) =>
        TaskTypeCatalogue.Read(store)
        ?? throw new WorkspaceProblemException("the workspace has no recognition run; run 'deskmine mine -w DIR' first");

    private static List<TaskTypeSummary> Summaries(TaskTypeCatalogue catalogue) =>
        [.. catalogue.Entries.OrderByDescending(e => e.Segments).ThenBy(e => e.Name, StringComparer.Ordinal).Select(e => e.Profile is { } p
            ? new TaskTypeSummary(e.Key, e.Name, e.Segments, e.Events, p.People, p.MedianSeconds, p.Steps)
            : throw new WorkspaceProblemException("the workspace was mined before task profiles were kept; run 'deskmine mine -w DIR' again"))];

    // By id first (what 'deskmine tasks' prints), then by exact name, then by a name that differs only in case.
    private static TaskTypeEntry Resolve(TaskTypeCatalogue catalogue, string type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var byKey = catalogue.Entries.FirstOrDefault(e => e.Key.Equals(type, StringComparison.Ordinal));
        if (byKey is not null)
            return byKey;
        foreach (var comparison in new[] { StringComparison.Ordinal, StringComparison.OrdinalIgnoreCase })
        {
            var named = catalogue.Entries.Where(e => e.Name.Equals(type, comparison)).ToList();
            if (named.Count == 1)
                return named[0];
            if (named.Count > 1)
                throw new InvalidRequestException($"{named.Count} task types are named '{type}'; give the id ({string.Join(", ", named.Select(e => e.Key))})");
        }
        throw new InvalidRequestException($"no task type '{type}' in the last 'deskmine mine'; 'deskmine tasks -w DIR' lists their ids and names");
    }

    private static string ValidName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var clean = name.Trim();
        if (clean.Length == 0)
            throw new InvalidRequestException("a task type's name cannot be empty");
        if (clean.Length > StepNameLimit)
            throw new InvalidRequestException($"a task type's name has at most {StepNameLimit} characters; '{clean}' has {clean.Length}");
        if (clean.Any(char.IsControl))
            throw new InvalidRequestException("a task type's name cannot contain line breaks or control characters");
        return clean;
    }

    // The same limit as generated names, so lists, maps and reports lay out the same.
    private const int StepNameLimit = 60;

    private static void NotTaken(TaskTypeCatalogue catalogue, string name, IReadOnlyList<string> except)
    {
        var holder = catalogue.Entries.FirstOrDefault(e => e.Name.Equals(name, StringComparison.Ordinal) && !except.Contains(e.Key));
        if (holder is not null)
            throw new InvalidRequestException($"'{name}' already names task type {holder.Key}; merge them with 'deskmine tasks merge {holder.Key} …' or choose another name");
    }
}
