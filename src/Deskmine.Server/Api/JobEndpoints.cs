using System.Security.Claims;
using Deskmine.Server.Access;
using Deskmine.Server.Reading;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Deskmine.Server.Api;

/// <summary>Long runs: analysts start a mining run; everyone may follow a job's progress.</summary>
internal static class JobEndpoints
{
    public sealed record Started(string Job);

    public static void MapStart(RouteGroupBuilder analyst)
    {
        analyst.MapPost("/mine", Results<Accepted<Started>, ProblemHttpResult> (ClaimsPrincipal user, MiningJobs jobs, AccessStore access) =>
        {
            if (jobs.StartMining(user.Identity!.Name!) is not { } job)
                return (ProblemHttpResult)ApiProblems.Conflict("A mining run is in progress; follow it with GET /api/v1/jobs/{id} and start another when it is done.");
            access.Audit(user.Identity!.Name!, "mine", job.Id);
            return TypedResults.Accepted("/api/v1/jobs/" + job.Id, new Started(job.Id));
        });
    }

    public static void MapFollow(RouteGroupBuilder viewer)
    {
        viewer.MapGet("/jobs/{id}", Results<Ok<MiningJobs.Job>, ProblemHttpResult> (string id, MiningJobs jobs) =>
            jobs.Find(id) is { } job ? TypedResults.Ok(job) : (ProblemHttpResult)ApiProblems.NotFound("No such job", "No job has the id given in the path."));
    }
}
