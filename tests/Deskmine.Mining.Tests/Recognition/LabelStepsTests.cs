using Deskmine.Mining.Recognition;

namespace Deskmine.Mining.Tests.Recognition;

public sealed class LabelStepsTests
{
    [Fact]
    public void Steps_that_read_the_same_share_one_text_number_and_labels_without_a_step_have_none()
    {
        var post = new StepName("SAP", "MIRO", "click", "Post", false, ["invoice"]);
        var postAgain = post with { ObjectWords = ["invoice", "vendor"] };
        var save = new StepName("Chrome", "jotform", "click", "Save", false, ["record"]);

        var steps = new LabelSteps([0, 2, -1, 1], [post, save, postAgain]);

        Assert.Equal(post.Text, postAgain.Text);
        Assert.Equal(steps.TextOfStep(steps.StepOf(0)), steps.TextOfStep(steps.StepOf(1)));
        Assert.NotEqual(steps.TextOfStep(steps.StepOf(0)), steps.TextOfStep(steps.StepOf(3)));
        Assert.Equal((-1, -1), (steps.StepOf(2), steps.StepOf(9)));
        Assert.Equal(2, steps.TextCount);
        Assert.Same(postAgain, steps.Step(steps.StepOf(1)));
        Assert.Equal(save.Text, steps.Text(steps.TextOfStep(steps.StepOf(3))));
        Assert.Equal([post.Text, save.Text, post.Text], steps.Texts);
    }

    [Fact]
    public void Steps_of_labels_given_as_text_follow_the_labels_numbers()
    {
        var post = new StepName("SAP", "MIRO", "click", "Post", false, ["invoice"]);

        var steps = LabelSteps.Of(["open", "post"], new Dictionary<string, StepName> { ["post"] = post });

        Assert.Equal(-1, steps.StepOf(0));
        Assert.Same(post, steps.Step(steps.StepOf(1)));
    }
}
