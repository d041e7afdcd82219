using Deskmine.Core.Logs;
using Deskmine.Workspaces.Recognition;
using Deskmine.Workspaces.Sources;
using Deskmine.Workspaces.Tests.Support;

namespace Deskmine.Workspaces.Tests.Sources;

public sealed class StepClassifierTests(SimulatedWorkspace simulated) : IClassFixture<SimulatedWorkspace>
{
    [Theory]
    [InlineData(CaseNotions.Segment, "auto", "step")]
    [InlineData(CaseNotions.Mined, " auto ", "step")]
    [InlineData(CaseNotions.User, "step", "step")]
    [InlineData(CaseNotions.Imported, "auto", "auto")]
    [InlineData(CaseNotions.Segment, "app,kind", "app|kind")]
    public void Auto_means_steps_for_the_case_notions_of_recognition(string caseNotion, string classifier, string expected) =>
        Assert.Equal(expected, string.Join('|', LogSources.Query(caseNotion, classifier, []).Classifier));

    [Fact]
    public void The_step_classifier_stands_alone()
    {
        var e = Assert.Throws<InvalidRequestException>(() => LogSources.Query(CaseNotions.Segment, "step,app", []));

        Assert.Contains("step,app", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_event_is_named_by_the_step_name_of_its_action_label()
    {
        using var ws = simulated.OpenReadOnly();
        var names = StepNames.Read(ws.Events)!;

        var steps = LogSources.Read(ws.Events, LogSources.Query(CaseNotions.Segment, "auto", []));
        var labels = ws.Events.ReadLog(new LogQuery { CaseNotion = CaseNotions.Segment, Classifier = [StepClassifier.LabelField], Attributes = [] });

        Assert.Equal(labels.EventRefs, steps.EventRefs);
        for (var i = 0; i < steps.EventCount; i++)
            Assert.Equal(names.NameOf(labels.ActivityNames[labels.Activities[i]]), steps.ActivityNames[steps.Activities[i]]);
        var usedSteps = steps.Activities.Distinct().Count();
        var usedLabels = labels.Activities.Distinct().Count();
        Assert.True(usedSteps <= usedLabels, $"{usedSteps} steps for {usedLabels} labels");
    }

    [Fact]
    public void Steps_of_a_workspace_never_mined_are_refused_with_the_way_out()
    {
        using var unmined = new SimulatedWorkspace(recognise: false, events: 200);
        using var ws = unmined.OpenReadOnly();

        var e = Assert.Throws<InvalidRequestException>(() => LogSources.Read(ws.Events, LogSources.Query(CaseNotions.User, "step", [])));

        Assert.Contains("deskmine mine", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, null, null, 0.5, 30)]
    [InlineData(true, 2.0, null, 2.0, 30)]
    [InlineData(true, null, 0, 0.5, int.MaxValue)]
    [InlineData(false, null, 12, 0, 12)]
    public void Folding_defaults_to_the_step_settings_only_for_steps(bool steps, double? percent, int? max, double expectedPercent, int expectedMax)
    {
        var options = StepClassifier.Folding(steps, percent, max);

        Assert.NotNull(options);
        Assert.Equal(expectedPercent, options.MinPercent);
        Assert.Equal(expectedMax, options.MaxActivities);
    }

    [Fact]
    public void Other_classifiers_fold_nothing_unless_asked() =>
        Assert.Null(StepClassifier.Folding(steps: false));
}
