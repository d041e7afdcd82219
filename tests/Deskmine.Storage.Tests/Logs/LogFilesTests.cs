using System.Text;
using Deskmine.Core.Errors;
using Deskmine.Core.Logs;
using Deskmine.Storage.Formats;
using Deskmine.Storage.Logs;
using Deskmine.Storage.Tests.Formats;

namespace Deskmine.Storage.Tests.Logs;

/// <summary>
/// A log read straight from a file must be the log a store gives after importing the same file (same cases, order,
/// activities, times, references and attributes), and the CSV reader working on chunks in parallel must give the
/// same log, and the same first error, as reading the file in one pass.
/// </summary>
public sealed class LogFilesTests : IDisposable
{
    private static readonly LogQuery Default = new() { CaseNotion = CaseNotions.Auto, Classifier = ["auto"], Attributes = ["user", "team", "attrs.org:resource"] };
    private readonly TempWorkspace _temp = new();

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string> ReferenceLogs()
    {
        var data = new TheoryData<string>();
        if (SharedData.Root is null)
        {
            data.Add(SharedData.MissingReason);
            return data;
        }
        foreach (var file in Directory.GetFiles(SharedData.Path("eventlogs/logs")).Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(file));
        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(ReferenceLogs))]
    public void A_reference_log_read_from_the_file_equals_the_log_of_a_store_it_was_imported_into(string name)
    {
        Skip.If(name == SharedData.MissingReason, SharedData.MissingReason);
        var path = SharedData.Path("eventlogs/logs/" + name);

        LogAssert.Same(FromStore(path, Default), LogFiles.Read(path, null, ImportOptions.Default, Default));
    }

    [SkippableTheory]
    [InlineData(CaseNotions.Imported, "activity", "user")]
    [InlineData(CaseNotions.Session, "app,kind,target_name", "attrs.org:resource")]
    [InlineData(CaseNotions.User, "activity,case_id", "case_id")]
    [InlineData(CaseNotions.Truth, "auto", "team")]
    [InlineData(CaseNotions.Auto, "attrs.org:group,activity", "attrs.org:group")]
    [InlineData(CaseNotions.Imported, "kind,source", "source_row")]
    [InlineData(CaseNotions.Auto, "auto", "ts")]
    [InlineData(CaseNotions.Session, "session,seq", "attrs.no_such_column")]
    [InlineData(CaseNotions.Imported, "activity,url,window", "duration")]
    public void Case_notions_classifiers_and_attributes_mean_what_they_mean_in_a_store(string notion, string classifier, string attribute)
    {
        Skip.If(SharedData.Root is null, SharedData.MissingReason);
        var query = new LogQuery { CaseNotion = notion, Classifier = classifier.Split(','), Attributes = [attribute] };
        foreach (var name in new[] { "running-example.xes", "running-example.csv", "03_repairExample.xes.gz" })
        {
            var path = SharedData.Path("eventlogs/logs/" + name);
            LogAssert.Same(FromStore(path, query), LogFiles.Read(path, null, ImportOptions.Default, query));
        }
    }

    [SkippableTheory]
    [InlineData("receipt.csv", 4096)]
    [InlineData("running-example.csv", 64)]
    [InlineData("roadtraffic100traces.csv", 1000)]
    public void A_csv_log_cut_into_chunks_and_parsed_in_parallel_equals_one_pass(string name, int chunkBytes)
    {
        Skip.If(SharedData.Root is null, SharedData.MissingReason);
        var path = SharedData.Path("eventlogs/logs/" + name);

        var inParallel = LogFiles.Read(path, null, ImportOptions.Default, Default, null, chunkBytes, workers: 2);

        LogAssert.Same(LogFiles.Read(path, null, ImportOptions.Default, Default, null, chunkBytes, workers: 1), inParallel);
        LogAssert.Same(FromStore(path, Default), inParallel);
    }

    [Fact]
    public void Quoted_line_breaks_and_doubled_quotes_never_cut_a_row()
    {
        var csv = new StringBuilder("case_id,activity,timestamp,note\n");
        for (var i = 0; i < 400; i++)
        {
            // Quoted values with line breaks, delimiters and doubled quotes, some long enough to span a chunk.
            var activity = i % 3 == 0 ? $"\"Check\n\"\"{i % 7}\"\", part\"" : $"Act {i % 5}";
            var note = i % 10 == 0 ? "\"" + new string('x', 300) + "\n\"\"end\"\"\"" : "";
            csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"c{i % 13},{activity},2024-01-01T00:{i / 60 % 60:00}:{i % 60:00}Z,{note}\n");
        }
        var path = Write("quoted.csv", csv.ToString());

        var oneRun = LogFiles.Read(path, null, ImportOptions.Default, Default, null, 4096, workers: 1);
        var inParallel = LogFiles.Read(path, null, ImportOptions.Default, Default, null, 200, workers: 2);

        Assert.Equal(400, oneRun.EventCount);
        Assert.Contains("Check\n\"3\", part", oneRun.ActivityNames);
        LogAssert.Same(oneRun, inParallel);
    }

    [Fact]
    public void A_header_longer_than_the_first_read_is_still_cut_from_the_rows_and_the_file_read_in_chunks()
    {
        var note = "note_" + new string('n', 100_000);
        var csv = new StringBuilder($"case_id,activity,timestamp,{note},user\n");
        for (var i = 0; i < 3000; i++)
            csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"c{i % 17},A{i % 5},2024-01-01T00:{i / 60 % 60:00}:{i % 60:00}Z,{new string('x', 200)},u{i % 3}\n");
        var path = Write("long-header.csv", csv.ToString());
        var query = new LogQuery { CaseNotion = CaseNotions.Imported, Classifier = ["activity"], Attributes = ["user"] };

        using (var chunks = CsvChunks.Open(path, 256 << 10))
        {
            Assert.NotNull(chunks);
            Assert.Equal(Encoding.UTF8.GetBytes($"case_id,activity,timestamp,{note},user\n"), chunks.Header.ToArray());
            Assert.StartsWith("c0,A0,", Encoding.UTF8.GetString(chunks.Next()!.Buffer, chunks.Header.Length, 6));
        }
        var inParallel = LogFiles.Read(path, null, ImportOptions.Default, query, null, 256 << 10, workers: 2);

        Assert.Equal(3000, inParallel.EventCount);
        Assert.Equal(3, inParallel.Attributes["user"].Names.Count);
        LogAssert.Same(LogFiles.Read(path, null, ImportOptions.Default, query, null, 256 << 10, workers: 1), inParallel);
    }

    [Fact]
    public void A_log_written_case_by_case_keeps_each_events_place_in_the_file_also_where_a_case_is_out_of_time_order()
    {
        static string Log(bool someOutOfOrder)
        {
            var csv = new StringBuilder("case_id,activity,timestamp\n");
            for (var c = 0; c < 60; c++)
            {
                // Every seventh case lists its events out of time order, with a tie; the others in order.
                int[] minutes = someOutOfOrder && c % 7 == 3 ? [5, 1, 3, 1] : [1, 2, 3, 4];
                for (var e = 0; e < minutes.Length; e++)
                    csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"c{c:00},A{e},2024-01-01T00:{minutes[e]:00}:00Z\n");
            }
            return csv.ToString();
        }
        var path = Write("case-by-case.csv", Log(someOutOfOrder: true));
        var inOrder = Write("in-order.csv", Log(someOutOfOrder: false));
        var query = new LogQuery { CaseNotion = CaseNotions.Imported, Classifier = ["activity"], Attributes = [] };

        var inParallel = LogFiles.Read(path, null, ImportOptions.Default, query, null, 256, workers: 2);
        var ordered = LogFiles.Read(inOrder, null, ImportOptions.Default, query, null, 256, workers: 2);

        LogAssert.Same(FromStore(path, query), inParallel);
        LogAssert.Same(FromStore(path, query), LogFiles.Read(path, null, ImportOptions.Default, query, null, 256, workers: 1));
        // Case c03: A1 (00:01, 2nd in the file), A3 (00:01, 4th), A2, A0 — ties in file order, references to the rows.
        Assert.Equal([13L, 15L, 14L, 12L], inParallel.EventRefs[12..16]);
        Assert.Equal(Enumerable.Range(0, 240).Select(i => (long)i), ordered.EventRefs);
        LogAssert.Same(FromStore(inOrder, query), ordered);
    }

    [Fact]
    public void Events_without_a_case_are_left_out_and_the_others_keep_their_place_in_the_file()
    {
        var csv = new StringBuilder("case_id,activity,timestamp\n");
        for (var i = 0; i < 300; i++)
            csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"{(i % 7 == 3 ? "" : "c" + (i % 11))},A{i % 4},2024-01-01T00:{i / 60 % 60:00}:{i % 60:00}Z\n");
        var path = Write("gaps.csv", csv.ToString());
        var query = new LogQuery { CaseNotion = CaseNotions.Imported, Classifier = ["activity"], Attributes = [] };

        var inParallel = LogFiles.Read(path, null, ImportOptions.Default, query, null, 256, workers: 2);

        Assert.Equal(300 - 43, inParallel.EventCount);
        LogAssert.Same(FromStore(path, query), inParallel);
        LogAssert.Same(FromStore(path, query), LogFiles.Read(path, null, ImportOptions.Default, query, null, 256, workers: 1));
    }

    [Fact]
    public void A_bad_row_deep_in_a_chunked_file_is_reported_at_its_line_in_the_file_and_the_first_one_wins()
    {
        var csv = new StringBuilder("case_id,activity,timestamp\n");
        for (var i = 0; i < 3000; i++)
        {
            var ts = i is 1733 or 2500 ? "not a time" : $"2024-01-01T00:00:{i % 60:00}Z";
            csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"c{i % 17},A{i % 4},{ts}\n");
        }
        var path = Write("bad.csv", csv.ToString());

        var chunked = Assert.Throws<InputException>(() => LogFiles.Read(path, null, ImportOptions.Default, Default, null, 512, workers: 2));
        var oneRun = Assert.Throws<InputException>(() => LogFiles.Read(path, null, ImportOptions.Default, Default, null, 512, workers: 1));

        Assert.Equal(1735, chunked.Line);
        Assert.Equal(oneRun.Line, chunked.Line);
        Assert.Equal(oneRun.Message, chunked.Message);
        Assert.Contains("not a time", chunked.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_undecodable_byte_in_a_later_chunk_names_its_line_in_the_file()
    {
        var text = new StringBuilder("case_id,activity,timestamp\n");
        for (var i = 0; i < 500; i++)
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"c{i % 5},A{i % 3},2024-01-01T00:00:{i % 60:00}Z\n");
        var bytes = Encoding.UTF8.GetBytes(text.ToString()).ToList();
        // Line 401 (data row 400) gets a byte that is not UTF-8 in its activity.
        var at = IndexOfLine(bytes, 401) + "c0,A".Length;
        bytes[at] = 0xFF;
        var path = Path.Combine(_temp.Path, "latin.csv");
        File.WriteAllBytes(path, [.. bytes]);

        var error = Assert.Throws<InputException>(() => LogFiles.Read(path, null, ImportOptions.Default, Default, null, 256, workers: 2));

        Assert.Equal(401, error.Line);
        Assert.Contains("0xFF", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_without_rows_is_still_checked_for_its_columns()
    {
        var path = Write("header.csv", "case_id,when,another_column_name\n");

        var error = Assert.Throws<InputException>(() => LogFiles.Read(path, "csv", ImportOptions.Default, Default, null, 16, workers: 2));

        Assert.Equal(1, error.Line);
        Assert.Contains("activity", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_classifier_field_is_refused_before_the_file_is_read()
    {
        var path = Write("small.csv", "case_id,activity,timestamp\nc1,A,2024-01-01T00:00:00Z\n");

        var error = Assert.Throws<InputException>(() =>
            LogFiles.Read(path, null, ImportOptions.Default, new LogQuery { Classifier = ["no_such_field"], Attributes = [] }));

        Assert.Contains("no_such_field", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cases_computed_from_text_are_ordered_by_code_point_as_the_store_orders_them()
    {
        // U+FF21 (fullwidth A) sorts before U+1F600 by code point, after it by UTF-16 code unit.
        Assert.True(LogAssembler.Utf8Order("\uFF21", "\U0001F600") < 0);
        Assert.True(string.CompareOrdinal("\uFF21", "\U0001F600") > 0);
        Assert.True(LogAssembler.Utf8Order("b", "a") > 0);
        Assert.True(LogAssembler.Utf8Order("a", "ab") < 0);
        Assert.Equal(0, LogAssembler.Utf8Order("same", "same"));
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_temp.Path, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    private static int IndexOfLine(List<byte> bytes, int line)
    {
        var current = 1;
        for (var i = 0; i < bytes.Count; i++)
        {
            if (current == line)
                return i;
            if (bytes[i] == (byte)'\n')
                current++;
        }
        throw new ArgumentOutOfRangeException(nameof(line));
    }

    private static EventLog FromStore(string path, LogQuery query)
    {
        using var store = EventStores.InMemory();
        store.Append(LogReaders.Open(path));
        return store.ReadLog(query);
    }
}
