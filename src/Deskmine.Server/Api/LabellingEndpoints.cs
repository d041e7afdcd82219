using System.Security.Claims;
using Deskmine.Mining.Recognition;
using Deskmine.Server.Access;
using Deskmine.Server.Ingest;
using Deskmine.Server.Reading;
using Deskmine.Workspaces.Recognition;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Deskmine.Server.Api;

/// <summary>
/// The labelling loop for analysts and up: rename, merge and split the task types of the last recognition run, as
/// <c>deskmine tasks rename|merge|split</c> does. Each change is kept as a labelling rule, runs recognition again on
/// the workspace as its single writer, publishes a new read snapshot (so every page shows the new names at once)
/// and is written to the audit log.
/// </summary>
internal static class LabellingEndpoints
{
    public sealed record RenameRequest(string? Name);

    public sealed record MergeRequest(IReadOnlyList<string>? Ids, string? Name);

    /// <summary>Either <see cref="By"/> (<c>application</c> or <c>first_step</c>) or <see cref="Action"/> with <see cref="Name"/>.</summary>
    public sealed record SplitRequest(string? By, string? Action, string? Name);

    /// <summary>What a change did: the rule kept, the types it produced or renamed, and every type after it.</summary>
    public sealed record LabellingAnswer(string Rule, IReadOnlyList<TaskTypeSummary> Changed, IReadOnlyList<TaskTypeSummary> Tasks);

    public static void Map(RouteGroupBuilder analyst)
    {
        analyst.MapPost("/tasks/{id}/rename", async Task<Results<Ok<LabellingAnswer>, ProblemHttpResult>> (
            string id, RenameRequest? body, ClaimsPrincipal user, EventIngestor writer, SnapshotPublisher publisher, AccessStore access) =>
        {
            if (body?.Name is not { } name)
                return (ProblemHttpResult)ApiProblems.BadBody("expected {\"name\": the task type's new name (1-60 characters)}.");
            var result = writer.Write(ws => TaskTypeLabelling.Rename(ws, id, name));
            return await Done(result, user, publisher, access, "tasks.rename", id, $"renamed to '{result.Rule.Name}'");
        });

        analyst.MapPost("/tasks/merge", async Task<Results<Ok<LabellingAnswer>, ProblemHttpResult>> (
            MergeRequest? body, ClaimsPrincipal user, EventIngestor writer, SnapshotPublisher publisher, AccessStore access) =>
        {
            if (body?.Ids is not { Count: >= 2 and <= 1000 } ids || ids.Any(i => i is null))
                return (ProblemHttpResult)ApiProblems.BadBody("expected {\"ids\": [two or more task type ids from GET /api/v1/tasks], \"name\": the merged type's name (optional)}.");
            var name = string.IsNullOrWhiteSpace(body.Name) ? null : body.Name;
            var result = writer.Write(ws => TaskTypeLabelling.Merge(ws, ids, name));
            return await Done(result, user, publisher, access, "tasks.merge", string.Join(",", ids), $"merged into '{result.Rule.Name}'");
        });

        analyst.MapPost("/tasks/{id}/split", async Task<Results<Ok<LabellingAnswer>, ProblemHttpResult>> (
            string id, SplitRequest? body, ClaimsPrincipal user, EventIngestor writer, SnapshotPublisher publisher, AccessStore access) =>
        {
            const string Expected = "expected {\"by\": \"application\" or \"first_step\"} or {\"action\": text of an action label, \"name\": the new type's name}.";
            LabellingResult result;
            string detail;
            if (body?.By is { } by && body.Action is null)
            {
                TaskTypeSplitBy? kind = by.Replace("-", "_", StringComparison.Ordinal).ToLowerInvariant() switch
                {
                    "application" => TaskTypeSplitBy.Application,
                    "first_step" => TaskTypeSplitBy.FirstStep,
                    _ => null,
                };
                if (kind is null)
                    return (ProblemHttpResult)ApiProblems.BadParameter("by", "expected application or first_step");
                result = writer.Write(ws => TaskTypeLabelling.Split(ws, id, kind.Value));
                detail = $"split by {by}";
            }
            else if (body?.Action is { Length: > 0 } action && body.By is null && body.Name is { } name)
            {
                result = writer.Write(ws => TaskTypeLabelling.Split(ws, id, action, name));
                detail = $"instances with an action containing '{action}' split off as '{result.Rule.Name}'";
            }
            else
            {
                return (ProblemHttpResult)ApiProblems.BadBody(Expected);
            }
            return await Done(result, user, publisher, access, "tasks.split", id, detail);
        });
    }

    private static async Task<Results<Ok<LabellingAnswer>, ProblemHttpResult>> Done(
        LabellingResult result, ClaimsPrincipal user, SnapshotPublisher publisher, AccessStore access, string action, string target, string detail)
    {
        // Readers switch to the relabelled workspace before the answer: the caller's next read shows the change.
        await publisher.PublishAsync().ConfigureAwait(false);
        access.Audit(user.Identity!.Name!, action, target, detail);
        return TypedResults.Ok(new LabellingAnswer(result.Rule.Kind.ToString().ToLowerInvariant(), result.Changed, result.Types));
    }
}
