using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;

namespace Deskmine.Server.Dashboard;

/// <summary>
/// Serves the built dashboard (<c>web/dashboard/dist</c>) at <c>/</c>: its files as they are, and <c>index.html</c>
/// for any other path outside <c>/api</c> so that the dashboard's own routes survive a reload. Without a build, a
/// plain page says how to build it and where the API is.
/// </summary>
internal static class DashboardFiles
{
    /// <summary>The dashboard folder: the one given, else <c>dashboard/</c> beside the program, else <c>web/dashboard/dist</c> above it.</summary>
    public static string? Locate(string? configured)
    {
        if (configured is not null)
            return File.Exists(Path.Combine(configured, "index.html")) ? Path.GetFullPath(configured) : null;
        var beside = Path.Combine(AppContext.BaseDirectory, "dashboard");
        if (File.Exists(Path.Combine(beside, "index.html")))
            return beside;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var dist = Path.Combine(dir.FullName, "web", "dashboard", "dist");
            if (File.Exists(Path.Combine(dist, "index.html")))
                return dist;
        }
        return null;
    }

    /// <summary>Adds the static files (before authentication: the dashboard's files hold no data).</summary>
    public static void UseFiles(WebApplication app, string? directory)
    {
        if (directory is null)
            return;
        var files = new PhysicalFileProvider(directory);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            OnPrepareResponse = c => Secure(c.Context.Response, c.File.Name),
        });
    }

    // The app loads nothing from elsewhere: scripts, styles and Graphviz (WebAssembly) come from this server.
    // Inline style attributes draw bars; guides are shown in a sandboxed srcdoc frame.
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "connect-src 'self'; frame-src 'self' about:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    /// <summary>Security and cache headers of every dashboard file: Vite names assets by content hash, so they never
    /// change; index.html names the current ones and is revalidated on every load.</summary>
    private static void Secure(HttpResponse response, string fileName)
    {
        var headers = response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = fileName.EndsWith(".html", StringComparison.Ordinal) ? "no-cache" : "public, max-age=31536000, immutable";
    }

    /// <summary>The fallback for paths outside the API: <c>index.html</c>, or the plain page when nothing is built.</summary>
    public static void MapFallback(WebApplication app, string? directory)
    {
        var index = directory is null ? null : Path.Combine(directory, "index.html");
        app.MapFallback("{*path:nonfile}", async (HttpContext http) =>
        {
            if (http.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
            {
                if (http.User.Identity?.IsAuthenticated != true)
                {
                    await http.ChallengeAsync().ConfigureAwait(false);
                    return;
                }
                await Api.ApiProblems.Write(http, 404, "not-found", "No such API path", $"{http.Request.Method} {http.Request.Path} is not part of the API; see /openapi/v1.json.").ConfigureAwait(false);
                return;
            }
            http.Response.ContentType = "text/html; charset=utf-8";
            Secure(http.Response, "index.html");
            if (index is not null)
                await http.Response.SendFileAsync(index).ConfigureAwait(false);
            else
                await http.Response.WriteAsync(NotBuiltPage).ConfigureAwait(false);
        }).AllowAnonymous();
    }

    private const string NotBuiltPage = """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>Deskmine server</title></head>
        <body style="font-family: sans-serif; max-width: 40em; margin: 3em auto; line-height: 1.5">
        <h1>Deskmine server</h1>
        <p>The server is running, but the dashboard has not been built.</p>
        <p>Build it with <code>npm ci &amp;&amp; npm run build</code> in <code>web/dashboard</code> (or start the server with
        <code>--dashboard DIR</code> pointing at a built copy), then reload this page.</p>
        <p>The API answers under <a href="/api/v1/health"><code>/api/v1</code></a>; its description is at
        <a href="/openapi/v1.json"><code>/openapi/v1.json</code></a>. Log in with <code>POST /api/v1/login</code>.</p>
        </body></html>
        """;
}
