using System.IO.Compression;
using System.Text;
using Deskmine.Core.Errors;
using Deskmine.Storage.Formats;

namespace Deskmine.Storage.Tests.Formats;

/// <summary>The inputs a hostile tester fed the readers: each must end in an <see cref="InputException"/> naming where.</summary>
public sealed class HostileInputTests : IDisposable
{
    private readonly TempWorkspace _dir = new();

    [Theory]
    [InlineData("9999-12-31T23:59:59-01:00")]
    [InlineData("0001-01-01T00:00:00+01:00")]
    public void A_timestamp_outside_years_1_to_9999_is_refused_at_its_line(string ts)
    {
        var file = Write("ts.csv", $"case,activity,timestamp\n1,a,2024-01-01T00:00:00Z\n1,b,{ts}\n");
        var e = Assert.Throws<InputException>(() => LogReaders.Open(file).ToList());
        Assert.Equal(3, e.Line);
        Assert.Equal("timestamp", e.Column);
    }

    [Fact]
    public void The_edges_of_years_1_and_9999_are_still_read()
    {
        var file = Write("edge.csv", "case,activity,timestamp\n1,a,0001-01-01T00:00:00Z\n1,b,9999-12-31T23:59:59Z\n");
        Assert.Equal(2, LogReaders.Open(file).Count());
    }

    [Theory]
    [InlineData("csv", "case,activity,timestamp,x\n1,a,2024-01-01T00:00:00Z,\"")]
    [InlineData("actionlogger", "timeStamp,userID,targetApp,eventType,content\n2024-01-01T00:00:00Z,u,Chrome,clickButton,\"")]
    public void A_row_longer_than_the_parser_can_hold_is_an_input_error(string format, string head)
    {
        var file = Path.Combine(_dir.Path, "long.csv");
        using (var w = new StreamWriter(file))
        {
            w.Write(head);
            w.Write(new string('x', 17_000_000));
            w.Write("\"\n");
        }
        var e = Assert.Throws<InputException>(() => LogReaders.Open(file, format).ToList());
        Assert.Equal(2, e.Line);
    }

    [Fact]
    public void A_field_over_the_limit_is_refused_naming_its_column()
    {
        var file = Write("field.csv", $"case,activity,timestamp,x\n1,a,2024-01-01T00:00:00Z,{new string('v', 5000)}\n");
        var e = Assert.Throws<InputException>(() => LogReaders.Open(file, null, new ImportOptions { MaxFieldLength = 4096 }).ToList());
        Assert.Equal("x", e.Column);
        Assert.Contains("4,096", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_small_xes_gz_with_a_wrong_crc_is_an_input_error()
    {
        var xes = "<log><trace><string key=\"concept:name\" value=\"c\"/><event><string key=\"concept:name\" value=\"a\"/>"
            + "<date key=\"time:timestamp\" value=\"2024-01-01T00:00:00Z\"/></event></trace></log>";
        var gz = Gzip(Encoding.UTF8.GetBytes(xes));
        gz[^8] ^= 0xFF; // the CRC-32 of the trailer
        var file = Path.Combine(_dir.Path, "bad.xes.gz");
        File.WriteAllBytes(file, gz);
        var e = Assert.Throws<InputException>(() => LogReaders.Open(file).ToList());
        Assert.Equal(file, e.Source);
    }

    [Fact]
    public void Latin1_bytes_are_an_error_naming_line_and_column_unless_the_encoding_is_named()
    {
        var file = Path.Combine(_dir.Path, "latin.csv");
        File.WriteAllBytes(file, [.. Encoding.ASCII.GetBytes("case,activity,timestamp\n1,caf"), 0xE9, .. Encoding.ASCII.GetBytes(",2024-01-01T00:00:00Z\n")]);

        var e = Assert.Throws<InputException>(() => LogReaders.Open(file).ToList());
        Assert.Equal(2, e.Line);
        Assert.Equal("6", e.Column);

        Assert.Equal("café", Assert.Single(LogReaders.Open(file, null, new ImportOptions { Encoding = InputEncoding.Parse("latin-1") })).Activity);
        Assert.Equal("café", Assert.Single(LogReaders.Open(file, null, new ImportOptions { Encoding = InputEncoding.Parse("windows-1252") })).Activity);
        Assert.Equal("caf\uFFFD", Assert.Single(LogReaders.Open(file, null, new ImportOptions { Encoding = InputEncoding.Parse("utf-8:replace") })).Activity);
    }

    [Fact]
    public void A_nul_in_a_field_is_refused_instead_of_cutting_the_value()
    {
        var file = Write("nul.csv", "case,activity,timestamp\n1,A\0B,2024-01-01T00:00:00Z\n");
        var e = Assert.Throws<InputException>(() => LogReaders.Open(file).ToList());
        Assert.Equal(2, e.Line);
        Assert.Contains("NUL", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_xes_attribute_value_over_the_limit_is_refused_without_reading_it_whole()
    {
        var file = Path.Combine(_dir.Path, "huge.xes");
        using (var w = new StreamWriter(file))
        {
            w.Write("<log><trace><event><string key=\"v\" value=\"");
            w.Write(new string('y', 20_000_000));
            w.Write("\"/></event></trace></log>");
        }
        var e = Assert.Throws<InputException>(() => LogReaders.Open(file).ToList());
        Assert.Contains("too long", e.Problem, StringComparison.Ordinal);

        var small = Write("value.xes", $"<log><trace><event><string key=\"v\" value=\"{new string('y', 5000)}\"/></event></trace></log>");
        var e2 = Assert.Throws<InputException>(() => LogReaders.Open(small, null, new ImportOptions { MaxFieldLength = 4096 }).ToList());
        Assert.Contains("4,096", e2.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_directory_is_named_as_a_directory()
    {
        var e = Assert.Throws<InputException>(() => LogReaders.Open(_dir.Path));
        Assert.Contains("is a directory", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_encoding_name_is_an_argument_error()
    {
        Assert.Throws<ArgumentException>(() => InputEncoding.Parse("klingon-8"));
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir.Path, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static byte[] Gzip(byte[] data)
    {
        var output = new MemoryStream();
        using (var zip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
            zip.Write(data);
        return output.ToArray();
    }

    public void Dispose() => _dir.Dispose();
}
