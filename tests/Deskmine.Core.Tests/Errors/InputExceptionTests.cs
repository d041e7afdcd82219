using Deskmine.Core.Errors;

namespace Deskmine.Core.Tests.Errors;

public sealed class InputExceptionTests
{
    [Fact]
    public void Message_names_file_line_column_and_problem()
    {
        var e = new InputException("log.csv", 12, "timeStamp", "expected an ISO 8601 time, got 'yesterday'");

        Assert.Equal("log.csv, line 12, column 'timeStamp': expected an ISO 8601 time, got 'yesterday'", e.Message);
        Assert.Equal(12, e.Line);
        Assert.Equal("timeStamp", e.Column);
    }

    [Fact]
    public void A_column_position_reads_as_a_number_not_a_name()
    {
        var e = new InputException("log.csv", 3, "17", "a NUL character (byte 0) is not allowed");

        Assert.Equal("log.csv, line 3, column 17: a NUL character (byte 0) is not allowed", e.Message);
    }

    [Fact]
    public void Message_leaves_out_what_is_unknown()
    {
        var e = new InputException("request", null, null, "body is empty");

        Assert.Equal("request: body is empty", e.Message);
    }
}
