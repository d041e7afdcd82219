using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Deskmine.Server.Tests.Support;

namespace Deskmine.Server.Tests.Ingest;

public sealed class IngestApiTests
{
    [Fact]
    public async Task A_valid_batch_is_stored_with_every_field_and_the_answer_counts_it()
    {
        await using var server = await RunningServer.StartAsync();
        using var client = server.Client();
        var events = Some.Session("s1", 5);
        var response = await client.PostAsync("api/v1/events", RunningServer.Json(RunningServer.Batch(events)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(5, answer.GetProperty("stored").GetInt32());
        Assert.Equal(0, answer.GetProperty("duplicates").GetInt32());

        var stored = await server.StoredEventsAsync();
        Assert.Equal(events.Select(e => e with { Attrs = null }), stored.Select(e => e with { Attrs = null }));
        Assert.Equal("0", stored[0].Attrs!["n"]);
    }

    [Fact]
    public async Task A_replayed_batch_stores_nothing_twice()
    {
        await using var server = await RunningServer.StartAsync();
        using var client = server.Client();
        var events = Some.Session("s1", 20);
        var body = RunningServer.Batch(events);
        (await client.PostAsync("api/v1/events", RunningServer.Json(body))).EnsureSuccessStatusCode();
        var again = await client.PostAsync("api/v1/events", RunningServer.Json(body));
        var answer = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((0, 20), (answer.GetProperty("stored").GetInt32(), answer.GetProperty("duplicates").GetInt32()));
        var overlapping = RunningServer.Batch([.. events.Skip(15), .. Some.Session("s1", 5, from: 20), events[16]]);
        answer = await (await client.PostAsync("api/v1/events", RunningServer.Json(overlapping))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(5, answer.GetProperty("stored").GetInt32());

        var stored = await server.StoredEventsAsync();
        Assert.Equal(25, stored.Count);
        Assert.Equal(25, stored.Select(e => e.Id).Distinct().Count());
    }

    [Fact]
    public async Task Sessions_report_counts_and_the_missing_sequence_ranges()
    {
        await using var server = await RunningServer.StartAsync();
        using var client = server.Client();
        var events = Some.Session("a", 5).Concat(Some.Session("a", 3, from: 7)).Concat(Some.Session("b", 2, from: 2));
        (await client.PostAsync("api/v1/events", RunningServer.Json(RunningServer.Batch(events)))).EnsureSuccessStatusCode();

        var report = await client.GetFromJsonAsync<JsonElement>("api/v1/sessions");
        var sessions = report.GetProperty("sessions").EnumerateArray().ToDictionary(s => s.GetProperty("session").GetString()!);
        Assert.Equal(8, sessions["a"].GetProperty("events").GetInt32());
        Assert.Equal(9, sessions["a"].GetProperty("last_seq").GetInt32());
        Assert.Equal("[[5,6]]", sessions["a"].GetProperty("missing").GetRawText());
        Assert.Equal(2, sessions["a"].GetProperty("missing_count").GetInt32());
        Assert.Equal("[[0,1]]", sessions["b"].GetProperty("missing").GetRawText());
    }

    [Fact]
    public async Task A_gzip_batch_is_accepted_and_health_needs_no_token()
    {
        await using var server = await RunningServer.StartAsync();
        using var client = server.Client();
        var gz = new MemoryStream();
        await using (var zip = new GZipStream(gz, CompressionLevel.Fastest, leaveOpen: true))
            zip.Write(Encoding.UTF8.GetBytes(RunningServer.Batch(Some.Session("g", 3))));
        var content = new ByteArrayContent(gz.ToArray());
        content.Headers.ContentType = new("application/json");
        content.Headers.ContentEncoding.Add("gzip");
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("api/v1/events", content)).StatusCode);

        using var anonymous = server.Client(token: null);
        var health = await anonymous.GetFromJsonAsync<JsonElement>("healthz");
        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.Equal(3, (await server.StoredEventsAsync()).Count);
    }

    [Fact]
    public async Task Corrupt_batches_among_concurrent_uploads_are_refused_with_problem_details_and_nothing_accepted_is_lost()
    {
        await using var server = await RunningServer.StartAsync();
        using var client = server.Client();
        var earlier = Some.Session("earlier", 30);
        (await client.PostAsync("api/v1/events", RunningServer.Json(RunningServer.Batch(earlier)))).EnsureSuccessStatusCode();

        var valid = Enumerable.Range(0, 8).Select(i => Some.Session("agent-" + i, 50)).ToList();
        // A cut-off gzip body, and a batch whose fourth event has a number for 'kind'; both repeat stored ids.
        var fixedBatch = Some.Session("fixed", 10);
        var typed = RunningServer.Batch([.. earlier.Take(3), .. fixedBatch]);
        var at = typed.IndexOf("\"kind\":\"click\"", typed.IndexOf(fixedBatch[0].Id.ToString(), StringComparison.Ordinal), StringComparison.Ordinal);
        typed = typed[..at] + "\"kind\":7" + typed[(at + "\"kind\":\"click\"".Length)..];
        var gz = new MemoryStream();
        await using (var zip = new GZipStream(gz, CompressionLevel.Fastest, leaveOpen: true))
            zip.Write(Encoding.UTF8.GetBytes(RunningServer.Batch([.. earlier, .. Some.Session("cut", 40)])));
        var cut = new ByteArrayContent(gz.ToArray()[..(int)(gz.Length / 2)]);
        cut.Headers.ContentType = new("application/json");
        cut.Headers.ContentEncoding.Add("gzip");

        var uploads = valid.Select(v => client.PostAsync("api/v1/events", RunningServer.Json(RunningServer.Batch(v)))).ToList();
        var refusedTyped = client.PostAsync("api/v1/events", RunningServer.Json(typed));
        var refusedCut = client.PostAsync("api/v1/events", cut);
        foreach (var response in await Task.WhenAll(uploads))
            Assert.Equal(50, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("stored").GetInt32());

        var problem = await (await refusedTyped).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("urn:deskmine:problem:invalid-event", 400), (problem.GetProperty("type").GetString(), problem.GetProperty("status").GetInt32()));
        Assert.StartsWith("event 3, field 'kind'", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var cutAnswer = await refusedCut;
        Assert.Equal(HttpStatusCode.BadRequest, cutAnswer.StatusCode);
        Assert.Equal("urn:deskmine:problem:malformed", (await cutAnswer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("type").GetString());

        // The refused batch, fixed and sent again, is taken: its new ids were not remembered while it was refused.
        var resent = await (await client.PostAsync("api/v1/events", RunningServer.Json(RunningServer.Batch([.. earlier.Take(3), .. fixedBatch])))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((10, 3), (resent.GetProperty("stored").GetInt32(), resent.GetProperty("duplicates").GetInt32()));

        var stored = (await server.StoredEventsAsync()).Select(e => e.Id).ToList();
        Assert.Equal(stored.Count, stored.Distinct().Count());
        Assert.Equal(earlier.Concat(valid.SelectMany(v => v)).Concat(fixedBatch).Select(e => e.Id).ToHashSet(), stored.ToHashSet());
    }
}
