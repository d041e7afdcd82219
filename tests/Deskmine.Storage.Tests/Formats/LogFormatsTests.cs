using Deskmine.Core.Errors;
using Deskmine.Storage.Formats;

namespace Deskmine.Storage.Tests.Formats;

public sealed class LogFormatsTests
{
    [Theory]
    [InlineData("timeStamp,userID,targetApp,eventType,url", "actionlogger")]
    [InlineData("\"caseID\",\"timeStamp\",\"userID\",\"targetApp\",\"eventType\"", "actionlogger")]
    [InlineData("\"caseID\",\"eventType\",\"timeStamp\",\"source\",\"lifecycle:transition\",\"Sheet\"", "cpn")]
    [InlineData("case_id,activity,timestamp,resource", "csv")]
    [InlineData("case:concept:name;concept:name;time:timestamp", "csv")]
    [InlineData("id,session,seq,ts,duration,user,machine,team,source,kind", "deskmine")]
    [InlineData("<?xml version=\"1.0\"?>", "xes")]
    public void Detects_the_format_from_the_first_line(string header, string expected)
    {
        using var file = new Some.TempFile(".csv");
        File.WriteAllText(file.Path, header + "\n");
        Assert.Equal(expected, LogFormats.Detect(file.Path));
    }

    [Fact]
    public void Detects_xes_by_extension_and_gzip_content()
    {
        Assert.Equal(LogFormats.Xes, LogFormats.Detect(Some.Fixture("small.xes")));
        using var gz = new Some.TempFile(".log");
        using (var output = File.Create(gz.Path))
        using (var gzip = new System.IO.Compression.GZipStream(output, System.IO.Compression.CompressionLevel.Fastest))
        using (var input = File.OpenRead(Some.Fixture("small.xes")))
            input.CopyTo(gzip);
        Assert.Equal(LogFormats.Xes, LogFormats.Detect(gz.Path));
        Assert.Equal(3, LogReaders.Open(gz.Path).Count());
    }

    [Fact]
    public void Open_reads_each_fixture_with_its_detected_reader()
    {
        Assert.Equal(4, LogReaders.Open(Some.Fixture("actionlogger-small.csv")).Count());
        Assert.All(LogReaders.Open(Some.Fixture("cpn-small.csv")), e => Assert.Equal(CpnReader.SourceName, e.Source));
        Assert.All(LogReaders.Open(Some.Fixture("small.xes")), e => Assert.Equal(XesReader.SourceName, e.Source));
    }

    [Fact]
    public void An_unknown_format_name_lists_the_known_ones()
    {
        var ex = Assert.Throws<InputException>(() => LogReaders.Open(Some.Fixture("small.xes"), "yaml"));
        foreach (var name in LogFormats.All)
            Assert.Contains(name, ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_an_input_error()
    {
        Assert.Throws<InputException>(() => LogReaders.Open("/no/such/log.csv"));
        Assert.Throws<InputException>(() => LogFormats.Detect("/no/such/log.csv"));
    }
}
