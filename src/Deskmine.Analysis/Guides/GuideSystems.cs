using System.Text.RegularExpressions;
using Deskmine.Analysis.Work;
using Deskmine.Core.Events;

namespace Deskmine.Analysis.Guides;

/// <summary>
/// The inventory per application over every step of every instance of a task type (not only the main variant: a
/// migration must cover the exceptions too). Applications come in the order the main variant visits them, then in
/// the task type's order, then by use.
/// </summary>
internal static partial class GuideSystems
{
    public static IReadOnlyList<GuideSystem> Build(
        WorkLog log, WorkTaskType type, IReadOnlyList<InstanceTiming> timings, IReadOnlyList<StepShape> mainShapes, GuideOptions options)
    {
        var apps = new Dictionary<string, (Dictionary<string, int> Screens, Dictionary<string, int> Fields, Dictionary<string, int> Controls, int Steps)>(StringComparer.Ordinal);
        foreach (var step in timings.SelectMany(t => t.Steps))
        {
            var (action, context) = StepDescriber.Pick(log, step);
            var app = CommonText.Clean(context.App);
            if (app is null)
                continue;
            if (!apps.TryGetValue(app, out var entry))
                entry = ([], [], [], 0);
            Count(entry.Screens, !string.IsNullOrEmpty(context.Window) ? context.Window : context.Attrs?.GetValueOrDefault("sheet"));
            Count(entry.Screens, action.Url ?? context.Url);
            var label = CommonText.Clean(context.TargetName) ?? CommonText.Clean(StepDescriber.FieldName(context))
                ?? CommonText.Clean(context.TargetId) ?? CommonText.Clean(context.TargetPath);
            if (action.Kind is EventKinds.TextInput or EventKinds.Paste or EventKinds.Copy)
                Count(entry.Fields, label);
            else if (action.Kind is EventKinds.Click or EventKinds.DoubleClick or EventKinds.RightClick)
                Count(entry.Controls, label);
            apps[app] = entry with { Steps = entry.Steps + 1 };
        }

        var order = new List<string>();
        foreach (var a in mainShapes.Select(s => s.Application).Concat(type.Applications))
        {
            if (a is not null && apps.ContainsKey(a) && !order.Contains(a))
                order.Add(a);
        }
        order.AddRange(apps.Where(kv => !order.Contains(kv.Key)).OrderByDescending(kv => kv.Value.Steps).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key));
        return [.. order.Select(a =>
        {
            var e = apps[a];
            return new GuideSystem(a, Top(e.Screens, options), Top(e.Fields, options), Top(e.Controls, options), e.Steps);
        })];
    }

    // Cells and rows differ per instance: counting their digit templates keeps the list about fields, not rows.
    private static void Count(Dictionary<string, int> counts, string? text)
    {
        var key = CommonText.Of([text]);
        if (key is null)
            return;
        key = CellTemplate(key);
        counts[key] = counts.GetValueOrDefault(key) + 1;
    }

    private static string CellTemplate(string text) => Cell().IsMatch(text) ? Row().Replace(text, "<n>") : text;

    [GeneratedRegex(@"^[A-Z]{1,3}\d+(:[A-Z]{1,3}\d+)?$")]
    private static partial Regex Cell();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Row();

    private static string[] Top(Dictionary<string, int> counts, GuideOptions options) =>
        [.. counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(options.MaxItemsPerSystem).Select(kv => kv.Key)];
}
