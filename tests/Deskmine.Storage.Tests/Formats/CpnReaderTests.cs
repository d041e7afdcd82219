using Deskmine.Core.Events;
using Deskmine.Storage.Formats;

namespace Deskmine.Storage.Tests.Formats;

public sealed class CpnReaderTests
{
    [SkippableFact]
    public void Reads_every_row_of_a_cpn_log_with_the_true_case_in_attrs()
    {
        Skip.If(SharedData.Root is null, SharedData.MissingReason);
        var events = CpnReader.Read(SharedData.Path("uilogs/leno/cpn/log1_segmented.csv")).ToList();
        Assert.Equal(1400, events.Count);
        Assert.All(events, e => Assert.Null(e.CaseId));
        Assert.All(events, e => Assert.Equal("complete", e.Attrs!["lifecycle:transition"]));
        Assert.Equal(100, events.Select(e => e.Attrs!["caseID"]).Distinct().Count());
    }

    [Fact]
    public void Maps_source_label_value_and_cell_onto_schema_fields()
    {
        var events = CpnReader.Read(Some.Fixture("cpn-small.csv")).ToList();
        Assert.Equal(4, events.Count);
        Assert.All(events, e => Assert.Equal(CpnReader.SourceName, e.Source));
        Assert.All(events, e => Assert.Equal("cpn-small.csv", e.Session));

        Assert.Equal(EventKinds.FileOpen, events[0].Kind);
        Assert.Equal("Excel", events[0].App);
        Assert.Equal("data.xls", events[0].Attrs!["workbook"]);
        Assert.Equal("Sheet1", events[0].Attrs!["sheet"]);
        Assert.Equal("0", events[0].Attrs!["caseID"]);

        Assert.Equal(EventKinds.Navigate, events[1].Kind);
        Assert.Equal("www.webpage.com", events[1].Url);

        Assert.Equal(EventKinds.Copy, events[2].Kind);
        Assert.Equal("B1", events[2].TargetId);
        Assert.Equal("value2542", events[2].Value);

        Assert.Equal(EventKinds.KeySpecial, events[3].Kind);
        Assert.Equal("pressKey", events[3].Attrs!["eventType"]);
        Assert.Equal("enter", events[3].Attrs!["Key"]);
    }
}
