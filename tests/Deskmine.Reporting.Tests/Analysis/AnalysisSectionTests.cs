using Deskmine.Analysis.Results;
using Deskmine.Analysis.Transfers;
using Deskmine.Analysis.Work;
using Deskmine.Core.Events;
using Deskmine.Reporting.Analysis;
using Deskmine.Reporting.Tests.Support;
using Std = Deskmine.Analysis.Standardisation.Standardisation;

namespace Deskmine.Reporting.Tests.Analysis;

public sealed class AnalysisSectionTests
{
    private const string HostileStep = "Web – <b>Form</b>: click 'Send'";

    [Fact]
    public void Report_with_an_analysis_lists_ranked_candidates_teams_and_guides_with_every_text_escaped()
    {
        var work = Work(people: 6);
        var section = new AnalysisSection
        {
            Analysis = AutomationAnalysis.Analyze(work, DataTransfers.Find(work)),
            Standardisation = Std.Compare(work),
            Guides = [new GuideLink("Send <form>", 18, "guides/send-form.html", "guides/send-form.md")],
        };

        var html = HtmlReport.Render(Some.Model() with { Analysis = section });

        Assert.Contains("<section id=\"candidates\">", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#candidates\">Automation candidates</a>", html, StringComparison.Ordinal);
        Assert.Contains("<section id=\"standardisation\">", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"guides/send-form.html\">Send &lt;form&gt;</a>", html, StringComparison.Ordinal);
        Assert.Contains(section.Analysis.Candidates[0].Technology, html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>Form</b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Send <form>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<section id=\"compliance\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Groups_under_the_minimum_size_leave_the_team_comparison_empty()
    {
        var work = Work(people: 3);
        var section = new AnalysisSection
        {
            Analysis = AutomationAnalysis.Analyze(work, DataTransfers.Find(work)),
            Standardisation = Std.Compare(work),
        };

        var html = HtmlReport.Render(Some.Model() with { Analysis = section });

        Assert.Contains("No task type was done by a group large enough to show.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<td class=\"name\">Team A</td>", html, StringComparison.Ordinal);
    }

    private static WorkLog Work(int people)
    {
        var events = new List<UiEvent>();
        var instanceOf = new List<int>();
        var stepOf = new List<string?>();
        var instances = new List<WorkInstance>();
        var start = 1_709_539_200_000_000L;
        string[] steps = ["Mail – Inbox: open 'Request'", "Web – Form: type into 'Amount'", HostileStep];
        for (var p = 0; p < people; p++)
        {
            for (var n = 0; n < 3; n++)
            {
                var indices = new List<int>();
                var t = start + (p * 3 + n) * 600_000_000L;
                foreach (var step in steps)
                {
                    indices.Add(events.Count);
                    events.Add(new UiEvent { Id = Guid.NewGuid(), Source = "test", Kind = EventKinds.Click, Ts = t, User = $"u{p}", Team = "Team A", App = "web" });
                    instanceOf.Add(instances.Count);
                    stepOf.Add(step);
                    t += 20_000_000;
                }
                instances.Add(new WorkInstance($"s{instances.Count:D6}", 0, $"u{p}", "Team A", null, indices));
            }
        }
        return new WorkLog
        {
            Events = events,
            InstanceOfEvent = instanceOf,
            StepOfEvent = stepOf,
            TaskTypes = [new WorkTaskType("t0", "Send <form> request", ["web"])],
            Instances = instances,
        };
    }
}
