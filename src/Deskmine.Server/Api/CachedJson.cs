using System.Reflection;
using Deskmine.Server.Reading;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Net.Http.Headers;

namespace Deskmine.Server.Api;

/// <summary>
/// A 200 answer whose JSON was serialised once for the generation of the data (<see cref="ReadModel.JsonAsync"/>):
/// the cached bytes are written as they are, with their entity tag; a request whose <c>If-None-Match</c> names that
/// tag gets 304 and no body. Browsers revalidate on every use (<c>Cache-Control: private, no-cache</c>), so a new
/// generation shows at once. For OpenAPI the endpoint is described as answering <typeparamref name="T"/>, the type
/// the bytes were serialised from.
/// </summary>
internal sealed class CachedJson<T> : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult, IContentTypeHttpResult
{
    private const string JsonType = "application/json; charset=utf-8";

    public CachedJson(JsonAnswer answer) => Answer = answer;

    public JsonAnswer Answer { get; }

    public int? StatusCode => StatusCodes.Status200OK;

    public string ContentType => JsonType;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.Headers.ETag = Answer.ETag;
        response.Headers.CacheControl = "private, no-cache";
        if (NotModified(httpContext.Request.Headers.IfNoneMatch))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = JsonType;
        response.ContentLength = Answer.Utf8.Length;
        return response.Body.WriteAsync(Answer.Utf8, httpContext.RequestAborted).AsTask();
    }

    private bool NotModified(Microsoft.Extensions.Primitives.StringValues ifNoneMatch)
    {
        if (ifNoneMatch.Count == 0 || !EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags))
            return false;
        var ours = EntityTagHeaderValue.Parse(Answer.ETag);
        return tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(ours, useStrongComparison: false));
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(T), ["application/json"]));
    }
}
