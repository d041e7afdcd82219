using Microsoft.AspNetCore.Http;

namespace Deskmine.Server.Ingest;

/// <summary>The RFC 7807 problem details the API answers with; each <c>type</c> is listed in <c>docs/server.md</c>.</summary>
internal static class Problems
{
    private const string Base = "urn:deskmine:problem:";


    public static IResult TooLarge(string detail) => Problem(413, "too-large", "Request too large", detail);

    public static IResult UnsupportedMediaType(string detail) => Problem(415, "media-type", "Unsupported media type", detail);

    /// <summary>503 with Retry-After: the writer's queue is full; the batch was not taken and may be sent again as it is.</summary>
    public static IResult Busy(int retryAfterSeconds) => new RetryAfter(
        Problem(503, "busy", "Server busy", $"The server's write queue is full; nothing of this batch was taken. Send it again after {retryAfterSeconds} s."),
        retryAfterSeconds);

    public static IResult Malformed(string detail) => Problem(400, "malformed", "Malformed request body", detail);

    public static IResult Invalid(IReadOnlyList<EventError> errors, int total)
    {
        var first = errors[0];
        var where = first.Index is { } i ? $"event {i}, field '{first.Field}'" : $"field '{first.Field}'";
        var detail = $"{where}: {first.Detail}. {errors.Count} problem(s) in a batch of {total}; nothing of this batch was stored.";
        return Problem(400, "invalid-event", "Invalid event batch", detail, new Dictionary<string, object?>
        {
            ["errors"] = errors.Select(e => new Dictionary<string, object?> { ["index"] = e.Index, ["field"] = e.Field, ["detail"] = e.Detail }).ToList(),
        });
    }

    private static IResult Problem(int status, string type, string title, string detail, IDictionary<string, object?>? extensions = null) =>
        Results.Problem(detail: detail, statusCode: status, title: title, type: Base + type, extensions: extensions);
}

/// <summary>A result with a Retry-After header.</summary>
internal sealed class RetryAfter(IResult inner, int seconds) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return inner.ExecuteAsync(httpContext);
    }
}

/// <summary>One problem with one event of a batch (or with the envelope, when <see cref="Index"/> is null).</summary>
internal sealed record EventError(int? Index, string? Field, string Detail);
