using System.Globalization;
using System.Security.Claims;
using Deskmine.Server.Access;
using Deskmine.Server.Auth;
using Deskmine.Server.Reading;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Deskmine.Server.Api;

/// <summary>
/// Drilling into one step's events, and the employee's own page. Admins get person-level rows (each view audited);
/// everyone else gets counts per team, teams under k folded together or withheld.
/// </summary>
internal static class DrillEndpoints
{
    public sealed record StepRow(DateTimeOffset? Time, string Case, string? User, string? Team, double? DurationS);

    public sealed record StepGroup(string Team, int Events, int Cases, int People);

    public sealed record StepAnswer(string Activity, int Events, int Cases, int People, int K, IReadOnlyList<StepGroup> Groups,
        int WithheldEvents, IReadOnlyList<StepRow>? Rows);

    public sealed record MyData(string Person, long Events, int Sessions, DateTimeOffset? First, DateTimeOffset? Last,
        IReadOnlyDictionary<string, int> Applications, IReadOnlyDictionary<string, int> Kinds, IReadOnlyList<MyEvent> Latest);

    public sealed record MyEvent(DateTimeOffset? Time, string Kind, string? App, string? Window, string? Url, string? Target);

    public static void Map(RouteGroupBuilder viewer)
    {
        viewer.MapGet("/steps/events", async Task<Results<Ok<StepAnswer>, ProblemHttpResult>> (
            HttpRequest request, ClaimsPrincipal user, WorkspaceReader reader, AccessStore access, CancellationToken ct) =>
        {
            // The step is 'step'; without it, 'activity' names the step (and 'classifier' the classifier).
            var stepParameter = request.Query.ContainsKey("step") ? "step" : "activity";
            if (request.Query[stepParameter] is not { Count: 1 } a || string.IsNullOrEmpty(a[0]) || a[0]!.Length > 2000)
                return (ProblemHttpResult)ApiProblems.BadParameter(stepParameter, "expected the name of one step (an activity of the map), at most 2000 characters");
            var limit = 200;
            if (request.Query["limit"] is { Count: > 0 } l && (!int.TryParse(l[0], NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > 5000))
                return (ProblemHttpResult)ApiProblems.BadParameter("limit", "expected a whole number between 1 and 5000");
            var (filtered, problem) = await ReadEndpoints.Filtered(request, user, reader, ct, activityIsStep: stepParameter == "activity");
            if (problem is not null)
                return problem;
            var admin = user.IsInRole("admin");
            var answer = StepEvents(filtered!.Value.Log, a[0]!, reader.K, admin ? limit : 0);
            if (!admin && answer.People < reader.K && answer.Events > 0)
                return (ProblemHttpResult)ApiProblems.Withheld($"This step was done by fewer than {reader.K} people under these filters; its events are withheld (k-anonymity).");
            if (admin)
                access.Audit(user.Identity!.Name!, "view.step-events", a[0], $"{answer.Rows!.Count} rows; query {request.QueryString}");
            return TypedResults.Ok(answer);
        });

        viewer.MapGet("/me/data", async Task<Results<Ok<MyData>, ProblemHttpResult>> (ClaimsPrincipal user, WorkspaceReader reader, AccessStore access, CancellationToken ct) =>
        {
            if (user.FindFirstValue(DeskmineClaims.Person) is not { } person)
            {
                return (ProblemHttpResult)ApiProblems.NotFound("No recorded person linked",
                    "This account is not linked to a recorded person; an admin links it with 'deskmine users add NAME --person PSEUDONYM'.");
            }
            var data = await reader.PersonLevelAsync(ws => Collect(ws.Events.ReadEvents().Where(e => e.User == person), person), ct);
            access.Audit(user.Identity!.Name!, "view.own-data", person, $"{data.Events} events");
            return TypedResults.Ok(data);
        });
    }

    private static StepAnswer StepEvents(Core.Logs.EventLog log, string activity, int k, int rowLimit)
    {
        var code = -1;
        for (var i = 0; i < log.ActivityNames.Count; i++)
        {
            if (log.ActivityNames[i] == activity)
                code = i;
        }
        log.Attributes.TryGetValue("user", out var users);
        log.Attributes.TryGetValue("team", out var teams);
        var rows = new List<StepRow>();
        var perTeam = new Dictionary<string, (int Events, HashSet<int> Cases, HashSet<string> People)>(StringComparer.Ordinal);
        var cases = new HashSet<int>();
        var people = new HashSet<string>(StringComparer.Ordinal);
        var events = 0;
        for (var c = 0; c < log.CaseCount && code >= 0; c++)
        {
            for (var e = log.CaseStarts[c]; e < log.CaseStarts[c + 1]; e++)
            {
                if (log.Activities[e] != code)
                    continue;
                events++;
                cases.Add(c);
                var who = users?.ValueAt(e);
                var team = teams?.ValueAt(e) ?? "(no team)";
                if (who is not null)
                    people.Add(who);
                if (!perTeam.TryGetValue(team, out var g))
                    perTeam[team] = g = (0, [], new HashSet<string>(StringComparer.Ordinal));
                perTeam[team] = (g.Events + 1, g.Cases, g.People);
                g.Cases.Add(c);
                if (who is not null)
                    g.People.Add(who);
                if (rows.Count < rowLimit)
                {
                    var ts = log.Timestamps[e];
                    rows.Add(new StepRow(ts == Core.Logs.EventLog.NoTimestamp ? null : DateTimeOffset.FromUnixTimeMilliseconds(ts / 1000),
                        log.CaseIds[c], who, teams?.ValueAt(e), log.Durations is { } d ? d[e] / 1e6 : null));
                }
            }
        }
        // Teams under k are folded into one group; if even that has fewer than k people, its events are only counted.
        var groups = perTeam.Where(p => p.Value.People.Count >= k)
            .Select(p => new StepGroup(p.Key, p.Value.Events, p.Value.Cases.Count, p.Value.People.Count)).OrderByDescending(g => g.Events).ToList();
        var small = perTeam.Where(p => p.Value.People.Count < k).ToList();
        var withheld = 0;
        if (small.Count > 0)
        {
            var foldedPeople = small.SelectMany(p => p.Value.People).Distinct(StringComparer.Ordinal).Count();
            if (foldedPeople >= k)
                groups.Add(new StepGroup("(other teams)", small.Sum(p => p.Value.Events), small.SelectMany(p => p.Value.Cases).Distinct().Count(), foldedPeople));
            else
                withheld = small.Sum(p => p.Value.Events);
        }
        return new StepAnswer(activity, events, cases.Count, people.Count, k, groups, withheld, rowLimit > 0 ? rows : null);
    }

    private static MyData Collect(IEnumerable<Core.Events.UiEvent> events, string person)
    {
        long count = 0;
        var sessions = new HashSet<string>(StringComparer.Ordinal);
        var apps = new Dictionary<string, int>(StringComparer.Ordinal);
        var kinds = new Dictionary<string, int>(StringComparer.Ordinal);
        long? first = null, last = null;
        var latest = new PriorityQueue<Core.Events.UiEvent, long>();
        foreach (var e in events)
        {
            count++;
            sessions.Add(e.Session);
            if (e.App is { } app)
                apps[app] = apps.GetValueOrDefault(app) + 1;
            kinds[e.Kind] = kinds.GetValueOrDefault(e.Kind) + 1;
            if (e.Ts is { } ts)
            {
                first = first is null ? ts : Math.Min(first.Value, ts);
                last = last is null ? ts : Math.Max(last.Value, ts);
                latest.Enqueue(e, ts);
                if (latest.Count > 100)
                    latest.Dequeue();
            }
        }
        var newest = new List<MyEvent>();
        while (latest.TryDequeue(out var e, out _))
            newest.Add(new MyEvent(Time(e.Ts), e.Kind, e.App, e.Window, e.Url, e.TargetName));
        newest.Reverse();
        return new MyData(person, count, sessions.Count, Time(first), Time(last), apps, kinds, newest);
    }

    private static DateTimeOffset? Time(long? micros) => micros is { } m ? DateTimeOffset.FromUnixTimeMilliseconds(m / 1000) : null;
}
