using Deskmine.Reporting.Compliance;

namespace Deskmine.Reporting.Tests.Compliance;

public sealed class AuditCsvTests
{
    [Fact]
    public void One_row_per_deviation_with_the_first_evidence_time()
    {
        var csv = AuditCsv.Render(AuditReportTests.Result());

        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("rule,template,case,team,first_event_time,message", lines[0]);
        Assert.Equal(5, lines.Length);
        Assert.Equal("4E,four_eyes,c1,Team A,2024-03-04T08:00:00.000000Z,'ann' performed both 'approve' and 'pay'", lines[1]);
        Assert.StartsWith("P,precedence,c2,Team B,2024-03-04T08:02:00.000000Z,", lines[2], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData(" padded", "\" padded\"")]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("+1", "'+1")]
    [InlineData("@sum", "'@sum")]
    [InlineData("-5", "-5")]
    [InlineData("-cmd", "'-cmd")]
    [InlineData("", "")]
    public void Cells_are_quoted_and_formulas_neutralised(string value, string cell) =>
        Assert.Equal(cell, AuditCsv.Cell(value));

    [Fact]
    public void Names_with_commas_and_quotes_keep_their_row()
    {
        var csv = AuditCsv.Render(AuditReportTests.Result(team: "Sales, \"North\"", caseId: "case,1"));

        var row = csv.Split("\r\n")[1];
        Assert.StartsWith("4E,four_eyes,\"case,1\",\"Sales, \"\"North\"\"\",", row, StringComparison.Ordinal);
    }
}
