using Deskmine.Server.Access;
using Deskmine.Server.Auth;
using Deskmine.Server.Ingest;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Deskmine.Server.Api;

/// <summary>
/// Every route of the server, grouped by who may call it. Each group carries exactly one authorisation policy;
/// handlers never check roles themselves. A route outside these groups falls under the fallback policy (any
/// authenticated caller), never open by accident.
/// </summary>
internal static class ApiRoutes
{
    public static void Map(WebApplication app, ServerOptions options, EventIngestor ingestor, AccessStore access, ILogger logger)
    {
        app.MapOpenApi().AllowAnonymous();
        app.MapGet("/healthz", () => TypedResults.Ok(new AccountEndpoints.HealthAnswer("ok"))).AllowAnonymous();

        var api = app.MapGroup("/api/v1");
        AccountEndpoints.MapOpen(api.MapGroup("").AllowAnonymous().WithTags("account"), options);

        var viewer = api.MapGroup("").RequireAuthorization(Policies.Viewer).WithTags("read");
        AccountEndpoints.MapAccount(viewer);
        ReadEndpoints.Map(viewer);
        AnalysisEndpoints.Map(viewer);
        DrillEndpoints.Map(viewer);
        JobEndpoints.MapFollow(viewer);

        var analyst = api.MapGroup("").RequireAuthorization(Policies.Analyst).WithTags("analysis");
        JobEndpoints.MapStart(analyst);
        LabellingEndpoints.Map(analyst);

        var admin = api.MapGroup("").RequireAuthorization(Policies.Admin).WithTags("admin");
        AdminEndpoints.Map(admin);

        var sessions = app.Services.GetRequiredService<DeviceSessions>();
        var devices = api.MapGroup("").RequireAuthorization(Policies.Device).WithTags("agents");
        IngestEndpoints.MapUpload(devices, options, ingestor, sessions, logger);
        var status = api.MapGroup("").RequireAuthorization(Policies.UploadStatus).WithTags("agents");
        IngestEndpoints.MapStatus(status, ingestor, sessions, access);
    }
}
