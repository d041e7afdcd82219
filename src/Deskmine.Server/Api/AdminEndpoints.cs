using System.Security.Claims;
using Deskmine.Server.Access;
using Deskmine.Server.Ingest;
using Deskmine.Server.Reading;
using Deskmine.Workspaces.Exports;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Deskmine.Server.Api;

/// <summary>The admin API: the audit log, accounts, retention and erasure (see <c>docs/server.md</c>).</summary>
internal static class AdminEndpoints
{
    public sealed record AuditAnswer(IReadOnlyList<AuditEntry> Entries);

    public sealed record AccountItem(string Name, string Role, string? Person);

    public sealed record RetentionRequest(int? Days);

    public sealed record EraseRequest(string? Person);

    public sealed record Removed(long Events, DateTimeOffset? Before, string? Person);

    public static void Map(RouteGroupBuilder admin)
    {
        admin.MapPost("/admin/retention", async Task<Results<Ok<Removed>, ProblemHttpResult>> (
            RetentionRequest? body, ClaimsPrincipal user, EventIngestor writer, SnapshotPublisher publisher, AccessStore access, ServerOptions options) =>
        {
            if (body?.Days is not { } days || days is < 1 or > 36_500)
                return (ProblemHttpResult)ApiProblems.BadBody("expected {\"days\": a whole number from 1 to 36500}: events older than that many days are deleted.");
            var before = options.Time.GetUtcNow() - TimeSpan.FromDays(days);
            long removed;
            try
            {
                removed = writer.Write(ws => ws.Events.RemoveBefore(before.ToUnixTimeMilliseconds() * 1000));
            }
            catch (NotSupportedException e)
            {
                // A store that cannot delete events (IEventStore.RemoveBefore has no default).
                return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status501NotImplemented);
            }
            await publisher.PublishAsync();
            access.Audit(user.Identity!.Name!, "retention", null, $"{removed} events older than {days} days (before {before:O}) deleted");
            return TypedResults.Ok(new Removed(removed, before, null));
        });

        admin.MapPost("/admin/erase", async Task<Results<Ok<Removed>, ProblemHttpResult>> (
            EraseRequest? body, ClaimsPrincipal user, EventIngestor writer, SnapshotPublisher publisher, AccessStore access) =>
        {
            if (body?.Person is not { Length: > 0 and <= 200 } person)
                return (ProblemHttpResult)ApiProblems.BadBody("expected {\"person\": the pseudonym whose events are erased (1-200 characters)}.");
            long removed;
            try
            {
                removed = writer.Write(ws => ws.Events.RemoveUser(person));
            }
            catch (NotSupportedException e)
            {
                return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status501NotImplemented);
            }
            await publisher.PublishAsync();
            access.Audit(user.Identity!.Name!, "erase", person, $"{removed} events deleted");
            return TypedResults.Ok(new Removed(removed, null, person));
        });

        admin.MapGet("/export", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (
            string? format, ClaimsPrincipal user, WorkspaceReader reader, AccessStore access, CancellationToken ct) =>
        {
            if (!Enum.TryParse<ExportFormat>(format ?? "csv", ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
                return (ProblemHttpResult)ApiProblems.BadParameter("format", "expected csv, xes or truth");
            var file = Path.Combine(Path.GetTempPath(), "deskmine-export-" + Guid.NewGuid().ToString("N"));
            try
            {
                var rows = await reader.PersonLevelAsync(ws => ExportRun.Run(ws, kind, file), ct);
                access.Audit(user.Identity!.Name!, "export", kind.ToString().ToLowerInvariant(), $"{rows} rows");
                var type = kind == ExportFormat.Xes ? "application/xml" : "text/csv";
                return TypedResults.File(await File.ReadAllBytesAsync(file, ct), type, "deskmine-export." + (kind == ExportFormat.Xes ? "xes" : "csv"));
            }
            finally
            {
                File.Delete(file);
            }
        });

        admin.MapGet("/audit", Results<Ok<AuditAnswer>, ProblemHttpResult> (int? limit, AccessStore access) =>
        {
            if (limit is < 1 or > 100_000)
                return (ProblemHttpResult)ApiProblems.BadParameter("limit", "expected a whole number between 1 and 100000");
            return TypedResults.Ok(new AuditAnswer(access.ReadAudit(limit ?? 1000)));
        });

        admin.MapGet("/users", (AccessStore access) =>
            TypedResults.Ok(access.Users().Select(u => new AccountItem(u.Name, Roles.Name(u.Role), u.Person)).ToList()));
    }
}
