using Deskmine.Analysis.Compliance;
using Deskmine.Analysis.Compliance.Declare;
using Deskmine.Core.Logs;
using Deskmine.Reporting.Compliance;

namespace Deskmine.Reporting.Tests.Compliance;

using Compliance = Deskmine.Analysis.Compliance.Compliance;

public sealed class AuditReportTests
{
    private const string Hostile = "<script>alert('x')</script> & \"quoted\"";

    /// <summary>Two cases: one where the same person approved and paid (four eyes), one paid without approval.</summary>
    internal static ComplianceResult Result(string activity = "pay", string team = "Team A", string caseId = "c1")
    {
        var builder = new EventLogBuilder(["user", "team"]);
        var t0 = 1_709_539_200_000_000L;
        builder.Add(caseId, "approve", t0, ["ann", team]);
        builder.Add(caseId, activity, t0 + 60_000_000, ["ann", team]);
        builder.Add("c2", activity, t0 + 120_000_000, ["bob", "Team B"]);
        var rules = new ComplianceRules([
            new ComplianceRule { Id = "4E", Template = DeclareTemplate.FourEyes, A = "approve", B = activity },
            new ComplianceRule { Id = "P", Template = DeclareTemplate.Precedence, A = "approve", B = activity },
            new ComplianceRule { Id = "X", Template = DeclareTemplate.Existence, A = "aprove" },
        ]);
        return Compliance.Check(builder.Build(), rules);
    }

    [Fact]
    public void The_page_lists_rules_rates_warnings_and_deviations_with_evidence()
    {
        var html = AuditReport.Render(Result(), new AuditReportOptions { Subtitle = "invoices.xes", GeneratedAt = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero) });

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"name\">4E</td><td>four_eyes</td><td class=\"num\">2</td><td class=\"num bad\">1</td>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"rates\"", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"name\">Team B</td>", html, StringComparison.Ordinal);
        Assert.Contains("closest: &#39;approve&#39;", html, StringComparison.Ordinal);
        Assert.Contains("2024-03-04 08:01:00 · pay · ann", html, StringComparison.Ordinal);
        Assert.Contains("2026-01-02 03:04 UTC", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_from_the_log_are_escaped()
    {
        var html = AuditReport.Render(Result(activity: Hostile, team: Hostile, caseId: Hostile), new AuditReportOptions { Title = Hostile });

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_list_is_cut_with_a_note()
    {
        var html = AuditReport.Render(Result(), new AuditReportOptions { MaxDeviations = 1 });

        Assert.Contains("3 more deviations are in the CSV and JSON exports.", html, StringComparison.Ordinal);
    }
}
