using Microsoft.AspNetCore.Http;

namespace Deskmine.Server.Api;

/// <summary>
/// RFC 7807 problem details of the read and account API; each <c>type</c> is listed in <c>docs/server.md</c>.
/// The ingest API keeps its own (<c>Ingest/Problems.cs</c>) with the same shape.
/// </summary>
internal static class ApiProblems
{
    private const string Base = "urn:deskmine:problem:";

    public static IResult Problem(int status, string type, string title, string detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title, type: Base + type, extensions: extensions);

    public static Task Write(HttpContext context, int status, string type, string title, string detail) =>
        Problem(status, type, title, detail).ExecuteAsync(context);

    /// <summary>A query parameter or body field that cannot be used; the detail names it.</summary>
    public static IResult BadParameter(string name, string detail) =>
        Problem(400, "bad-parameter", "Invalid parameter", $"'{name}': {detail}", new Dictionary<string, object?> { ["parameter"] = name });

    public static IResult BadBody(string detail) => Problem(400, "malformed", "Malformed request body", detail);

    public static IResult NotFound(string title, string detail) => Problem(404, "not-found", title, detail);

    public static IResult Withheld(string detail) => Problem(403, "k-anonymity", "Withheld: group too small", detail);

    public static IResult Conflict(string detail) => Problem(409, "conflict", "Not possible now", detail);
}
