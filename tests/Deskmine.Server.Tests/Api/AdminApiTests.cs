using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Deskmine.Server.Tests.Support;

namespace Deskmine.Server.Tests.Api;

/// <summary>Writes through the API (erasure, retention, enrolment, mining) on a server of their own.</summary>
public sealed class AdminApiTests
{
    [Fact]
    public async Task Erasing_a_pseudonym_removes_its_events_from_answers_and_snapshots_and_is_audited()
    {
        await using var api = await ApiServer.StartAsync();
        using var admin = api.As("admin");
        var before = (await admin.GetFromJsonAsync<JsonElement>("api/v1/overview")).GetProperty("events").GetInt64();
        using var response = await admin.PostAsJsonAsync("api/v1/admin/erase", new { person = api.Employee });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var removed = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("events").GetInt64();
        Assert.True(removed > 0);
        var overview = await admin.GetFromJsonAsync<JsonElement>("api/v1/overview");
        Assert.Equal(before - removed, overview.GetProperty("events").GetInt64());
        Assert.Equal(9, overview.GetProperty("people").GetInt32());
        using var employee = api.As("employee");
        Assert.Equal(0, (await employee.GetFromJsonAsync<JsonElement>("api/v1/me/data")).GetProperty("events").GetInt64());
        var audit = await admin.GetFromJsonAsync<JsonElement>("api/v1/audit");
        Assert.Contains(audit.GetProperty("entries").EnumerateArray(), e => e.GetProperty("action").GetString() == "erase" && e.GetProperty("subject").GetString() == api.Employee);

        await api.Server.DisposeAsync();
        using var ws = Storage.Workspaces.Workspace.OpenReadOnly(api.Workspace);
        Assert.DoesNotContain(ws.Events.ReadEvents(), e => e.User == api.Employee);
        Assert.False(Directory.Exists(Path.Combine(api.Workspace, "snapshots")) && Directory.EnumerateDirectories(Path.Combine(api.Workspace, "snapshots")).Any());
    }

    [Fact]
    public async Task Retention_deletes_events_older_than_the_days_given()
    {
        // The simulated day lies years back, so a retention of 30 days removes everything.
        await using var api = await ApiServer.StartAsync();
        using var admin = api.As("admin");
        using var response = await admin.PostAsJsonAsync("api/v1/admin/retention", new { days = 30 });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("events").GetInt64() > 0);
        Assert.Equal(0, (await admin.GetFromJsonAsync<JsonElement>("api/v1/overview")).GetProperty("events").GetInt64());
        await ProblemAssert.Is(await admin.PostAsJsonAsync("api/v1/admin/retention", new { days = 0 }), 400, "zero days");
    }

    [Fact]
    public async Task Hostile_bodies_get_problem_details_and_store_nothing()
    {
        await using var api = await ApiServer.StartAsync();
        using var anonymous = api.Client(null);
        using var admin = api.As("admin");
        var bodies = new[] { "", "not json", "[]", "{\"name\": 5}", "{\"name\":\"a\",\"password\":\"" + new string('x', 5000) + "\"}", "{\"name\":\"" + new string('a', 100) + "\",\"password\":\"p\"}", "{{{{{{{{{{" };
        foreach (var body in bodies)
        {
            using var login = await anonymous.PostAsync("api/v1/login", new StringContent(body, Encoding.UTF8, "application/json"));
            Assert.True(login.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized, $"login with {body[..Math.Min(20, body.Length)]}: {login.StatusCode}");
            Assert.Equal("application/problem+json", login.Content.Headers.ContentType?.MediaType);
            using var enrol = await anonymous.PostAsync("api/v1/agents/enroll", new StringContent(body, Encoding.UTF8, "application/json"));
            Assert.True(enrol.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized, $"enrol: {enrol.StatusCode}");
            Assert.Equal("application/problem+json", enrol.Content.Headers.ContentType?.MediaType);
            using var erase = await admin.PostAsync("api/v1/admin/erase", new StringContent(body, Encoding.UTF8, "application/json"));
            Assert.Equal("application/problem+json", erase.Content.Headers.ContentType?.MediaType);
        }
        using (var erase = await admin.PostAsJsonAsync("api/v1/admin/erase", new { person = "nobody' OR '1'='1" }))
        {
            Assert.Equal(HttpStatusCode.OK, erase.StatusCode);
            Assert.Equal(0, (await erase.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("events").GetInt64());
        }
        Assert.Equal(4, (await admin.GetFromJsonAsync<JsonElement>("api/v1/users")).GetArrayLength());
        var overview = await admin.GetFromJsonAsync<JsonElement>("api/v1/overview");
        Assert.Equal(10, overview.GetProperty("people").GetInt32());
    }

    [Fact]
    public async Task An_enrolment_token_is_exchanged_once_for_a_device_token_that_uploads_and_reads_nothing_else()
    {
        await using var api = await ApiServer.StartAsync();
        var enrolment = Access.AccessStore.Open(api.Workspace).IssueEnrolment(TimeSpan.FromHours(1));
        using var anonymous = api.Client(null);
        using var first = await anonymous.PostAsJsonAsync("api/v1/agents/enroll", new { enrolment, device = "laptop-7" });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var token = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
        await ProblemAssert.Is(await anonymous.PostAsJsonAsync("api/v1/agents/enroll", new { enrolment, device = "again" }), 401, "second use");

        using var device = api.Client(token);
        var events = Some.Session("enrolled-session", 3);
        using (var upload = await device.PostAsync("api/v1/events", RunningServer.Json(RunningServer.Batch(events))))
            Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        var status = await device.GetFromJsonAsync<JsonElement>("api/v1/agents/status");
        var session = Assert.Single(status.GetProperty("sessions").EnumerateArray());
        Assert.Equal(3, session.GetProperty("events").GetInt32());
        await ProblemAssert.Is(await device.GetAsync("api/v1/candidates"), 403, "device reads candidates");
        await ProblemAssert.Is(await device.GetAsync("api/v1/audit"), 403, "device reads the audit log");
    }

    [Fact]
    public async Task A_mining_run_started_by_an_analyst_finishes_and_a_second_one_meanwhile_is_refused()
    {
        await using var api = await ApiServer.StartAsync();
        using var analyst = api.As("analyst");
        using var started = await analyst.PostAsync("api/v1/mine", null);
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var job = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("job").GetString()!;
        using (var second = await analyst.PostAsync("api/v1/mine", null))
            Assert.True(second.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.Accepted);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        JsonElement state;
        do
        {
            await Task.Delay(500);
            state = await analyst.GetFromJsonAsync<JsonElement>("api/v1/jobs/" + job);
        }
        while (state.GetProperty("state").GetString() == "running" && clock.Elapsed < TimeSpan.FromMinutes(3));
        Assert.Equal("done", state.GetProperty("state").GetString());
        Assert.Equal(1.0, state.GetProperty("progress").GetDouble());
    }
}
