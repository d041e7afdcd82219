using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticFiles;

namespace Deskmine.Server.Dashboard;

/// <summary>
/// Serves the web dashboard at <c>/</c> from the files embedded into this assembly at build time (web/dashboard/dist,
/// see <c>Dashboard.targets</c>). Paths without a file name extension answer <c>index.html</c> (the app routes on the
/// client); paths under <c>/api/</c> are never answered here.
/// </summary>
public static class DashboardFiles
{
    private const string Prefix = "Deskmine.Server.Dashboard/";

    // The app loads nothing from elsewhere: scripts, styles and Graphviz (WebAssembly) come from this server.
    // Inline style attributes draw bars; guides are shown in a sandboxed srcdoc frame.
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "connect-src 'self'; frame-src 'self' about:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    /// <summary>The embedded files by path relative to the dashboard root (<c>index.html</c>, <c>assets/…</c>).</summary>
    public static IReadOnlySet<string> Files { get; } = typeof(DashboardFiles).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
        .Select(n => n[Prefix.Length..])
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>Maps <c>GET /</c> and <c>GET /{path}</c> to the dashboard, open to anyone (the API does the checks).</summary>
    public static void Map(IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/", (HttpContext context) => Serve(context, "index.html")).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/{**path}", (HttpContext context, string path) =>
        {
            if (path.StartsWith("api/", StringComparison.Ordinal) || path == "api")
                return Results.Problem(title: "Not found", detail: $"No API endpoint GET /{path}.", statusCode: StatusCodes.Status404NotFound);
            if (Files.Contains(path))
                return Serve(context, path);
            return Path.HasExtension(path)
                ? Results.Problem(title: "Not found", detail: $"The dashboard has no file /{path}.", statusCode: StatusCodes.Status404NotFound)
                : Serve(context, "index.html");
        }).AllowAnonymous().ExcludeFromDescription();
    }

    private static IResult Serve(HttpContext context, string path)
    {
        var stream = typeof(DashboardFiles).Assembly.GetManifestResourceStream(Prefix + path);
        if (stream is null)
            return Results.Problem(title: "Dashboard not built", detail: "This server was built without web/dashboard/dist (scripts/build-dashboard.sh).", statusCode: StatusCodes.Status404NotFound);
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        // Vite names assets by content hash: they never change. index.html names the current ones: always revalidate.
        headers.CacheControl = path.StartsWith("assets/", StringComparison.Ordinal) ? "public, max-age=31536000, immutable" : "no-cache";
        var type = ContentTypes.TryGetContentType(path, out var known) ? known : "application/octet-stream";
        return Results.Stream(stream, type);
    }
}
