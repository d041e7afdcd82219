using Deskmine.Core.Errors;
using Deskmine.Mining.Recognition;

namespace Deskmine.Mining.Tests.Recognition;

/// <summary>Split rules by an attribute of the instances (application, first step), as <c>deskmine tasks split --by</c> keeps them.</summary>
public sealed class TaskTypeSplitByTests
{
    private static readonly Dictionary<string, StepName> NoSteps = new(StringComparer.Ordinal);

    [Fact]
    public void A_split_by_application_gives_each_main_application_a_type_and_the_largest_keeps_the_key()
    {
        var (labels, apps) = Instances(("EXCEL.EXE", "copyCell EXCEL.EXE 'A<n>'", 6), ("chrome.exe", "clickButton chrome.exe 'NewRecord'", 3));
        var unsplit = TaskTypeRules.Build(new int[9], labels, apps, [], NoSteps);
        var key = Assert.Single(unsplit.Types).Key;

        var (types, typeOf) = TaskTypeRules.Build(new int[9], labels, apps, [new TaskTypeRule(TaskTypeRuleKind.Split, [key], "", By: TaskTypeSplitBy.Application)], NoSteps);

        Assert.Equal(2, types.Length);
        Assert.Equal(key, types[typeOf[0]].Key);
        Assert.StartsWith(key + "/", types[typeOf[8]].Key, StringComparison.Ordinal);
        Assert.Equal(Enumerable.Repeat(typeOf[0], 6).Concat(Enumerable.Repeat(typeOf[8], 3)), typeOf);
        Assert.NotEqual(types[0].Name, types[1].Name);
        Assert.All(types, t => Assert.InRange(t.Name.Length, 1, StepName.MaxLength));
    }

    [Fact]
    public void A_split_by_first_step_leaves_rare_starts_with_the_type_and_is_the_same_every_run()
    {
        var (labels, apps) = Instances(("EXCEL.EXE", "copyCell EXCEL.EXE 'A<n>'", 30), ("EXCEL.EXE", "selectWorksheet EXCEL.EXE 'Sheet'", 10), ("EXCEL.EXE", "openFile EXCEL.EXE 'Book'", 1));
        var key = Assert.Single(TaskTypeRules.Build(new int[41], labels, apps, [], NoSteps).Types).Key;
        TaskTypeRule[] rules = [new TaskTypeRule(TaskTypeRuleKind.Split, [key], "", By: TaskTypeSplitBy.FirstStep)];

        var first = TaskTypeRules.Build(new int[41], labels, apps, rules, NoSteps);
        var again = TaskTypeRules.Build(new int[41], labels, apps, rules, NoSteps);

        Assert.Equal(2, first.Types.Length);
        Assert.Equal(31, first.Types.Single(t => t.Key == key).SegmentCount);
        Assert.Equal(10, first.Types.Single(t => t.Key != key).SegmentCount);
        Assert.Equal(first.Types.Select(t => (t.Key, t.Name)), again.Types.Select(t => (t.Key, t.Name)));
    }

    [Fact]
    public void Split_by_rules_round_trip_as_json_and_a_split_needs_one_criterion()
    {
        TaskTypeRule[] rules = [new TaskTypeRule(TaskTypeRuleKind.Split, ["t0123456789"], "", By: TaskTypeSplitBy.FirstStep)];

        var json = TaskTypeRuleJson.Serialize(rules);
        var back = Assert.Single(TaskTypeRuleJson.Parse(json, "rules.json"));
        var nameless = Assert.Single(TaskTypeRuleJson.Parse("""[{"kind":"split","types":["t1"],"by":"application"}]""", "rules.json"));
        var both = Assert.Throws<InputException>(() => TaskTypeRuleJson.Parse(
            """[{"kind":"split","types":["t1"],"name":"x","whenActionContains":"Post","by":"application"}]""", "rules.json"));
        var renameWithoutName = Assert.Throws<InputException>(() => TaskTypeRuleJson.Parse("""[{"kind":"rename","types":["t1"]}]""", "rules.json"));

        Assert.Contains("\"by\":\"firstStep\"", json, StringComparison.Ordinal);
        Assert.Equal((TaskTypeRuleKind.Split, TaskTypeSplitBy.FirstStep, ""), (back.Kind, back.By, back.Name));
        Assert.Equal((TaskTypeSplitBy.Application, ""), (nameless.By, nameless.Name));
        Assert.Contains("rule 1", both.Message, StringComparison.Ordinal);
        Assert.Contains("name", renameWithoutName.Message, StringComparison.Ordinal);
    }

    // Instances of one cluster: per group, `count` instances whose first action is `first` and whose actions happen in `app`.
    private static (List<IReadOnlyList<string>> Labels, List<IReadOnlyList<string>> Apps) Instances(params (string App, string First, int Count)[] groups)
    {
        var labels = new List<IReadOnlyList<string>>();
        var apps = new List<IReadOnlyList<string>>();
        foreach (var (app, first, count) in groups)
        {
            for (var i = 0; i < count; i++)
            {
                labels.Add([first, "clickButton " + app + " 'Save'", "editCell " + app + " 'B<n>'"]);
                apps.Add([app, app, "explorer.exe"]);
            }
        }
        return (labels, apps);
    }
}
