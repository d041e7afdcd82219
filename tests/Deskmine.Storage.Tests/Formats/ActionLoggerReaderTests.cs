using Deskmine.Core.Errors;
using Deskmine.Core.Events;
using Deskmine.Storage.Formats;

namespace Deskmine.Storage.Tests.Formats;

public sealed class ActionLoggerReaderTests
{
    [SkippableTheory]
    [InlineData("StudentRecord.csv", 2409)]
    [InlineData("Reimbursement.csv", 4591)]
    [InlineData("StudentRecord_preprocessed.csv", 1539)]
    [InlineData("Reimbursement_segmented.csv", 3113)]
    public void Reads_every_row_of_the_leno_logs(string file, int expected)
    {
        Skip.If(SharedData.Root is null, SharedData.MissingReason);
        var events = ActionLoggerReader.Read(SharedData.Path($"uilogs/leno/{file}")).ToList();
        Assert.Equal(expected, events.Count);
        Assert.All(events, e => Assert.NotNull(e.Ts));
        Assert.Equal(Enumerable.Range(0, expected).Select(i => (long?)i), events.Select(e => e.SourceRow));
        Assert.All(events, e => Assert.Equal(ActionLoggerReader.SourceName, e.Source));
    }

    [SkippableFact]
    public void Segmented_logs_keep_the_true_case_in_attrs_not_in_case_id()
    {
        Skip.If(SharedData.Root is null, SharedData.MissingReason);
        var events = ActionLoggerReader.Read(SharedData.Path("uilogs/leno/StudentRecord_segmented.csv")).ToList();
        Assert.All(events, e => Assert.Null(e.CaseId));
        Assert.Equal(50, events.Select(e => e.Attrs!["caseID"]).Distinct().Count());
    }

    [Fact]
    public void Maps_columns_onto_schema_fields_and_keeps_the_rest_in_attrs()
    {
        var events = ActionLoggerReader.Read(Some.Fixture("actionlogger-small.csv"), new ImportOptions { Session = "batch-7" }).ToList();
        Assert.Equal(4, events.Count);

        var getCell = events[0];
        Assert.Equal(EventKinds.Click, getCell.Kind);
        Assert.Equal("getCell", getCell.Attrs!["eventType"]);
        Assert.Equal("vleno", getCell.User);
        Assert.Equal("Excel", getCell.App);
        Assert.Equal("A2", getCell.TargetId);
        Assert.Equal("John", getCell.Value);
        Assert.Equal("StudentRecords.xlsx", getCell.Attrs["workbook"]);
        Assert.Equal("Sheet1", getCell.Attrs["sheet"]);
        Assert.Equal("batch-7", getCell.Session);
        Assert.Equal(0, getCell.Seq);

        var copy = events[1];
        Assert.Equal(EventKinds.Copy, copy.Kind);
        Assert.Null(copy.User);
        Assert.Equal("John", copy.Value);

        var paste = events[2];
        Assert.Equal(EventKinds.Paste, paste.Kind);
        Assert.Equal("INPUT", paste.TargetRole);
        Assert.Equal("SingleLine", paste.TargetName);
        Assert.Equal("John", paste.Value);
        Assert.Equal("John", paste.Attrs!["target.value"]);
        Assert.Equal("text", paste.Attrs["target.type"]);
        Assert.Equal("field", paste.Attrs["target.class"]);
        Assert.Equal("https://forms.example.org/NewRecord", paste.Url);

        var click = events[3];
        Assert.Equal(EventKinds.Click, click.Kind);
        Assert.Equal("Submit \"now\"", click.TargetName);
        Assert.Equal("submit-1", click.TargetId);
        Assert.Equal(3, click.SourceRow);
        Assert.Equal(Guid.CreateVersion7(DateTimeOffset.FromUnixTimeMilliseconds(1571616615000)).ToString()[..13], click.Id.ToString()[..13]);
    }

    [Fact]
    public void A_bad_timestamp_names_its_line_and_column()
    {
        const string csv = "timeStamp,userID,targetApp,eventType\n2019-10-21T00:10:08.994Z,u,Excel,getCell\n21/10/2019,u,Excel,getCell\n";
        var ex = Assert.Throws<InputException>(() => ActionLoggerReader.Read(new StringReader(csv), "log.csv").ToList());
        Assert.Equal("log.csv", ex.Source);
        Assert.Equal(3, ex.Line);
        Assert.Equal("timeStamp", ex.Column);
        Assert.Contains("ISO 8601", ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_required_column_is_reported_on_the_header_line()
    {
        const string csv = "timeStamp,userID,targetApp\n2019-10-21T00:10:08.994Z,u,Excel\n";
        var ex = Assert.Throws<InputException>(() => ActionLoggerReader.Read(new StringReader(csv), "log.csv").ToList());
        Assert.Equal(1, ex.Line);
        Assert.Equal("eventType", ex.Column);
    }
}
