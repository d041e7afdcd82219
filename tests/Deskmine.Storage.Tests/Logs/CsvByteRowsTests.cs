using System.Globalization;
using System.Text;
using Deskmine.Core.Errors;
using Deskmine.Core.Logs;
using Deskmine.Storage.Formats;
using Deskmine.Storage.Logs;

namespace Deskmine.Storage.Tests.Logs;

/// <summary>
/// Plain CSV rows read straight from their bytes must give the log a store gives after importing the file, under
/// every case notion, classifier and attribute; a chunk with anything unusual is declined and read by the CSV
/// reader, so the log and the errors stay those of one pass.
/// </summary>
public sealed class CsvByteRowsTests : IDisposable
{
    private static readonly string[] Header = ["case_id", "activity", "timestamp", "resource", "org:group", "end"];
    private readonly TempWorkspace _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData(CaseNotions.Imported, "activity", "user")]
    [InlineData(CaseNotions.Auto, "auto", "team")]
    [InlineData(CaseNotions.Session, "activity", "attrs.org:group")]
    [InlineData(CaseNotions.User, "attrs.org:group", "case_id")]
    [InlineData(CaseNotions.Imported, "activity,user", "attrs.no_such_column")]
    [InlineData(CaseNotions.Auto, "kind", "source")]
    [InlineData(CaseNotions.Truth, "activity", "user")]
    [InlineData(CaseNotions.Imported, "activity", "seq")]
    public void Plain_rows_read_from_bytes_give_the_log_of_a_store(string notion, string classifier, string attribute)
    {
        var path = Write("plain.csv", Rows(600, lineBreak: "\n"));
        var query = new LogQuery { CaseNotion = notion, Classifier = classifier.Split(','), Attributes = [attribute, "user"] };

        var chunked = LogFiles.Read(path, null, ImportOptions.Default, query, null, 300, workers: 2);

        LogAssert.Same(FromStore(path, query, ImportOptions.Default), chunked);
        LogAssert.Same(LogFiles.Read(path, null, ImportOptions.Default, query, null, 300, workers: 1), chunked);
    }

    [Fact]
    public void Windows_line_breaks_an_end_column_and_text_beyond_ascii_read_as_in_a_store()
    {
        var path = Write("crlf.csv", Rows(500, lineBreak: "\r\n"));
        var options = new ImportOptions { Mapping = new CsvMapping { End = "end" } };
        var query = new LogQuery { CaseNotion = CaseNotions.Imported, Classifier = ["activity"], Attributes = ["user", "attrs.org:group"] };

        var chunked = LogFiles.Read(path, null, options, query, null, 256, workers: 2);

        Assert.NotNull(chunked.Durations);
        Assert.Contains("Prüfen ✓", chunked.ActivityNames);
        LogAssert.Same(FromStore(path, query, options), chunked);
    }

    [Fact]
    public void Chunks_with_quotes_are_read_by_the_csv_reader_and_the_log_is_unchanged()
    {
        var csv = new StringBuilder(string.Join(',', Header) + "\n");
        for (var i = 0; i < 400; i++)
        {
            // Every 50th row quotes a value with a delimiter in it: its chunk is declined, the others are not.
            var activity = i % 50 == 7 ? "\"Act, quoted\"" : $"A{i % 6}";
            csv.Append(CultureInfo.InvariantCulture, $"c{i / 9},{activity},2024-01-01T00:{i / 60 % 60:00}:{i % 60:00}Z,R{i % 4},G{i % 3},\n");
        }
        var path = Write("quotes.csv", csv.ToString());
        var query = new LogQuery { CaseNotion = CaseNotions.Imported, Classifier = ["activity"], Attributes = ["user"] };

        var chunked = LogFiles.Read(path, null, ImportOptions.Default, query, null, 300, workers: 2);

        Assert.Contains("Act, quoted", chunked.ActivityNames);
        LogAssert.Same(FromStore(path, query, ImportOptions.Default), chunked);
    }

    [Fact]
    public void A_row_of_another_width_in_a_plain_chunk_is_reported_as_the_csv_reader_reports_it()
    {
        var csv = new StringBuilder("case_id,activity,timestamp\n");
        for (var i = 0; i < 2000; i++)
            csv.Append(CultureInfo.InvariantCulture, $"c{i % 17},A{i % 4},2024-01-01T00:00:{i % 60:00}Z{(i == 1500 ? ",extra" : "")}\n");
        var path = Write("wide.csv", csv.ToString());

        var chunked = Assert.Throws<InputException>(() => LogFiles.Read(path, null, ImportOptions.Default, Query(), null, 512, workers: 2));
        var oneRun = Assert.Throws<InputException>(() => LogFiles.Read(path, null, ImportOptions.Default, Query(), null, 512, workers: 1));

        Assert.Equal(1502, chunked.Line);
        Assert.Equal(oneRun.Line, chunked.Line);
        Assert.Equal(oneRun.Message, chunked.Message);
    }

    [Fact]
    public void An_end_before_its_start_is_reported_as_the_csv_reader_reports_it()
    {
        var csv = new StringBuilder("case_id,activity,timestamp,end\n");
        for (var i = 0; i < 800; i++)
        {
            var end = i == 600 ? "2023-12-31T00:00:00Z" : $"2024-01-01T01:00:{i % 60:00}Z";
            csv.Append(CultureInfo.InvariantCulture, $"c{i % 17},A{i % 4},2024-01-01T00:00:{i % 60:00}Z,{end}\n");
        }
        var path = Write("end.csv", csv.ToString());
        var options = new ImportOptions { Mapping = new CsvMapping { End = "end" } };

        var chunked = Assert.Throws<InputException>(() => LogFiles.Read(path, null, options, Query(), null, 512, workers: 2));
        var oneRun = Assert.Throws<InputException>(() => LogFiles.Read(path, null, options, Query(), null, 512, workers: 1));

        Assert.Equal(602, chunked.Line);
        Assert.Equal(oneRun.Message, chunked.Message);
        Assert.Contains("before the start", chunked.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sorted")]
    [InlineData("reversed")]
    [InlineData("surrogates")]
    public void Computed_cases_are_listed_by_name_as_in_a_store(string order)
    {
        var ids = Enumerable.Range(0, 300).Select(i => $"k{i:000}").ToList();
        if (order != "sorted")
            ids.Reverse();
        if (order == "surrogates")
        {
            ids[10] = "\U0001F600 smile";
            ids[20] = "\uFF21 fullwidth";
        }
        var csv = new StringBuilder("case_id,activity,timestamp\n");
        for (var i = 0; i < 900; i++)
            csv.Append(CultureInfo.InvariantCulture, $"{ids[i / 3]},A{i % 3},2024-01-01T00:00:{i % 60:00}Z\n");
        var path = Write("names.csv", csv.ToString());
        var query = new LogQuery { CaseNotion = CaseNotions.Auto, Classifier = ["activity"], Attributes = [] };

        var chunked = LogFiles.Read(path, null, ImportOptions.Default, query, null, 400, workers: 2);

        LogAssert.Same(FromStore(path, query, ImportOptions.Default), chunked);
        Assert.Equal(300, chunked.CaseCount);
    }

    [Theory]
    [InlineData("c1,A,2024-01-01T00:00:00Z\n", true)]
    [InlineData("c1,A,2024-01-01T00:00:00Z\r\nc2,B,2024-01-01T00:00:01Z", true)]
    [InlineData("c1,\"A\",2024-01-01T00:00:00Z\n", false)]
    [InlineData("c1,A\0,2024-01-01T00:00:00Z\n", false)]
    [InlineData("c1,A,2024-01-01T00:00:00Z,x\n", false)]
    [InlineData("c1,A\n", false)]
    [InlineData("c1,A,2024-01-01T00:00:00Z\n\nc2,B,2024-01-01T00:00:00Z\n", false)]
    [InlineData("c1,A\rB,2024-01-01T00:00:00Z\n", false)]
    [InlineData("c1,A,yesterday\n", false)]
    public void Only_plain_rows_are_read_from_bytes(string rows, bool read)
    {
        var fields = new LogFields(Query());
        var reader = CsvByteRows.Create("case_id,activity,timestamp\n"u8, "test.csv", ImportOptions.Default, fields);
        Assert.NotNull(reader);

        Assert.Equal(read, reader.TryRead(Encoding.UTF8.GetBytes(rows), new LogChunk(fields)));
    }

    [Fact]
    public void Invalid_utf8_and_other_encodings_are_left_to_the_csv_reader()
    {
        var fields = new LogFields(Query());
        var reader = CsvByteRows.Create("case_id,activity,timestamp\n"u8, "test.csv", ImportOptions.Default, fields);

        Assert.False(reader!.TryRead([.. "c1,A"u8, 0xFF, .. ",2024-01-01T00:00:00Z\n"u8], new LogChunk(fields)));
        Assert.Null(CsvByteRows.Create("case_id,activity,timestamp\n"u8, "test.csv", new ImportOptions { Encoding = InputEncoding.Parse("latin-1") }, fields));
    }

    [Fact]
    public void Repeated_texts_get_one_code_in_order_of_first_appearance()
    {
        var fields = new LogFields(new LogQuery { CaseNotion = CaseNotions.Imported, Classifier = ["activity"], Attributes = ["user"] });
        var reader = CsvByteRows.Create("case_id,activity,timestamp,resource\n"u8, "test.csv", ImportOptions.Default, fields);
        var chunk = new LogChunk(fields);

        Assert.True(reader!.TryRead("c1,A,2024-01-01T00:00:00Z,Ana\nc1,B,,\nc2,A,2024-01-01T00:00:02Z,Bö\n,A,2024-01-01T00:00:03Z,Ana\nc1,B,2024-01-01T00:00:04Z,Ana\n"u8, chunk));

        Assert.Equal(new[] { "c1", "c2" }, chunk.Cases.All);
        Assert.Equal(new[] { "A", "B" }, chunk.Activities.All);
        Assert.Equal(new[] { "Ana", "Bö" }, chunk.Attributes[0].All);
        Assert.Equal(new[] { 0, 0, 1, 0 }, chunk.CaseCodes.ToArray());
        Assert.Equal(new[] { 0, 1, 0, 1 }, chunk.ActivityCodes.ToArray());
        Assert.Equal(new[] { 0, -1, 1, 0 }, chunk.AttributeCodes(0).ToArray());
        Assert.Equal(EventLog.NoTimestamp, chunk.Timestamps[1]);
        Assert.Equal(new[] { 0, 1, 2, 4 }, chunk.Ordinals.ToArray());
        Assert.Equal(5, chunk.Seen);
    }

    private static LogQuery Query() => new() { CaseNotion = CaseNotions.Imported, Classifier = ["activity"], Attributes = [] };

    // Cases of several events in file order, some rows without a case, activity, resource or time; texts beyond ASCII.
    private static string Rows(int count, string lineBreak)
    {
        var text = new StringBuilder(string.Join(',', Header) + lineBreak);
        string[] activities = ["Register", "Prüfen ✓", "Pay", "", "Close 🙂", "Archive"];
        for (var i = 0; i < count; i++)
        {
            var caseId = i % 37 == 5 ? "" : $"case-{i / 7}";
            var ts = i % 53 == 11 ? "" : $"2024-01-{1 + (i / 200):00}T{i / 60 % 24:00}:{i % 60:00}:{(i * 7) % 60:00}Z";
            var end = ts.Length > 0 && i % 3 == 0 ? $"2024-01-{1 + (i / 200):00}T{i / 60 % 24:00}:{i % 60:00}:59Z" : "";
            var resource = i % 11 == 0 ? "" : $"R{i % 5}é";
            var group = i % 13 == 0 ? "" : $"G{i % 3}";
            text.Append(CultureInfo.InvariantCulture, $"{caseId},{activities[i % activities.Length]},{ts},{resource},{group},{end}{lineBreak}");
        }
        return text.ToString();
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_temp.Path, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    private static EventLog FromStore(string path, LogQuery query, ImportOptions options)
    {
        using var store = EventStores.InMemory();
        store.Append(LogReaders.Open(path, "csv", options));
        return store.ReadLog(query);
    }
}
