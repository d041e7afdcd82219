using Deskmine.Core;
using Deskmine.Core.Errors;
using Deskmine.Core.Events;
using Deskmine.Storage.Formats;

namespace Deskmine.Storage.Tests.Formats;

public sealed class CsvEventReaderTests
{
    [SkippableTheory]
    [InlineData("receipt.csv")]
    [InlineData("running-example.csv")]
    [InlineData("roadtraffic100traces.csv")]
    public void Reads_pm4py_csv_logs_with_the_reference_counts(string file)
    {
        Skip.If(SharedData.Root is null, SharedData.MissingReason);
        var expected = Expected.For(file);
        var events = CsvEventReader.Read(SharedData.Path($"eventlogs/logs/{file}")).ToList();
        Assert.Equal(expected.Events, events.Count);
        Assert.Equal(expected.Cases, events.Select(e => e.CaseId).Distinct().Count());
        var activities = events.GroupBy(e => e.Activity!).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(expected.Activities.OrderBy(kv => kv.Key, StringComparer.Ordinal), activities.OrderBy(kv => kv.Key, StringComparer.Ordinal));
        Assert.All(events, e => Assert.NotNull(e.Ts));
        Assert.All(events, e => Assert.Equal(EventKinds.Activity, e.Kind));
    }

    [SkippableFact]
    public void Keeps_unmapped_columns_as_attrs_and_skips_the_unnamed_index()
    {
        Skip.If(SharedData.Root is null, SharedData.MissingReason);
        var first = CsvEventReader.Read(SharedData.Path("eventlogs/logs/running-example.csv")).First();
        Assert.Equal("3", first.CaseId);
        Assert.Equal("register request", first.Activity);
        Assert.Equal("Pete", first.User);
        Assert.Equal(Timestamps.ToMicros(new DateTimeOffset(2010, 12, 30, 14, 32, 0, TimeSpan.FromHours(1))), first.Ts);
        Assert.Equal("50", first.Attrs!["Costs"]);
        Assert.Equal("Fluxicon Nitro", first.Attrs["case:creator"]);
        Assert.DoesNotContain("", first.Attrs.Keys);
        Assert.DoesNotContain("concept:name", first.Attrs.Keys);
    }

    [Fact]
    public void Detects_the_benchmark_column_names()
    {
        const string csv = "case_id,activity,timestamp,resource\nC0000000,A00,2023-12-25 20:32:41,R019\nC0000000,A04,2023-12-25 22:39:43,R047\n";
        var events = CsvEventReader.Read(new StringReader(csv), "bench.csv").ToList();
        Assert.Equal(2, events.Count);
        Assert.Equal(["A00", "A04"], events.Select(e => e.Activity));
        Assert.All(events, e => Assert.Equal("C0000000", e.CaseId));
        Assert.Equal("R047", events[1].User);
        Assert.Null(events[0].Attrs);
        Assert.Equal(CsvEventReader.SourceName, events[0].Source);
        Assert.Equal("bench.csv", events[0].Session);
        Assert.Equal(1, events[1].SourceRow);
        Assert.Equal(1, events[1].Seq);
    }

    [Theory]
    [InlineData(TimeOffsets.Auto, 11)]
    [InlineData(TimeOffsets.Apply, 11)]
    [InlineData(TimeOffsets.Ignore, 13)]
    public void Csv_offsets_are_applied_unless_asked_to_ignore_them(TimeOffsets offsets, int utcHour)
    {
        const string csv = "case,activity,time\nc1,a,2011-10-11 13:45:40.276000+02:00\n";
        var e = Assert.Single(CsvEventReader.Read(new StringReader(csv), "offsets.csv", new ImportOptions { Offsets = offsets }));
        Assert.Equal(Timestamps.ToMicros(new DateTimeOffset(2011, 10, 11, utcHour, 45, 40, 276, TimeSpan.Zero)), e.Ts);
    }

    [Fact]
    public void An_unknown_offset_setting_is_rejected()
    {
        var options = new ImportOptions { Offsets = (TimeOffsets)7 };
        Assert.Throws<ArgumentException>(() => CsvEventReader.Read(new StringReader("case,activity,time\n"), "x.csv", options));
    }

    [Fact]
    public void Uses_an_explicit_mapping_with_format_delimiter_and_attribute_list()
    {
        const string csv = "Ticket;Step;When;Agent;Priority;Note\nT-1;Open;21.10.2019 10:00;ann;high;first\n";
        var mapping = new CsvMapping
        {
            Case = "Ticket",
            Activity = "Step",
            Timestamp = "When",
            Resource = "Agent",
            TimestampFormat = "dd.MM.yyyy HH:mm",
            Delimiter = ';',
            AttributeColumns = ["Priority"],
        };
        var e = Assert.Single(CsvEventReader.Read(new StringReader(csv), "tickets.csv", new ImportOptions { Mapping = mapping }));
        Assert.Equal("T-1", e.CaseId);
        Assert.Equal("Open", e.Activity);
        Assert.Equal("ann", e.User);
        Assert.Equal(Timestamps.ToMicros(new DateTimeOffset(2019, 10, 21, 10, 0, 0, TimeSpan.Zero)), e.Ts);
        Assert.Equal(new Dictionary<string, string> { ["Priority"] = "high" }, e.Attrs);
    }

    [Fact]
    public void A_bad_timestamp_names_its_line_even_after_a_quoted_line_break()
    {
        const string csv = "case,activity,time\nc1,\"two\nlines\",2024-01-01T10:00:00Z\nc1,b,2024-01-01T10:00:00Z\nc1,c,not a time\n";
        var ex = Assert.Throws<InputException>(() => CsvEventReader.Read(new StringReader(csv), "bad.csv").ToList());
        Assert.Equal(5, ex.Line);
        Assert.Equal("time", ex.Column);
        Assert.Contains("not a time", ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_activity_column_is_reported_with_the_header_it_found()
    {
        const string csv = "case,when\nc1,2024-01-01T10:00:00Z\n";
        var ex = Assert.Throws<InputException>(() => CsvEventReader.Read(new StringReader(csv), "bad.csv").ToList());
        Assert.Equal(1, ex.Line);
        Assert.Equal("concept:name", ex.Column);
        Assert.Contains("case, when", ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void The_wrong_delimiter_is_reported_as_a_one_column_header()
    {
        const string csv = "case;activity;timestamp\nc1;a;2024-01-01T10:00:00Z\n";
        var options = new ImportOptions { Mapping = new CsvMapping { Delimiter = ',' } };
        var ex = Assert.Throws<InputException>(() => CsvEventReader.Read(new StringReader(csv), "semi.csv", options).ToList());
        Assert.Equal(1, ex.Line);
        Assert.Contains("1 column(s) split by ','", ex.Problem, StringComparison.Ordinal);
        Assert.Contains("delimiter", ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_with_too_many_fields_is_reported_at_its_line()
    {
        const string csv = "case,activity,timestamp\nc1,a,2024-01-01T10:00:00Z\nc1,b,2024-01-01T10:00:00Z,extra\n";
        var ex = Assert.Throws<InputException>(() => CsvEventReader.Read(new StringReader(csv), "ragged.csv").ToList());
        Assert.Equal(3, ex.Line);
    }

    [Fact]
    public void An_empty_file_is_an_input_error()
    {
        var ex = Assert.Throws<InputException>(() => CsvEventReader.Read(new StringReader(""), "empty.csv").ToList());
        Assert.Equal(1, ex.Line);
    }
}
