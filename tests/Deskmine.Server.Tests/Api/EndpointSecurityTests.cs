using System.Text;
using Deskmine.Server.Tests.Support;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;

namespace Deskmine.Server.Tests.Api;

/// <summary>
/// Walks every route the running server has (from its endpoint data source, so a route added later is covered
/// without touching this test): without credentials, with each role below the route's policy, and with a device
/// token, the answer is a refusal with problem details.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class EndpointSecurityTests(SharedApiServer shared)
{
    private static readonly string[] Open = ["GET /api/v1/health", "POST /api/v1/login", "POST /api/v1/agents/enroll", "GET /healthz", "GET /openapi/{documentName}.json"];

    private ApiServer Api => shared.Api;

    private IEnumerable<(string Method, string Path, string? Policy, bool Anonymous)> Routes()
    {
        foreach (var endpoint in Api.Server.Endpoints.OfType<RouteEndpoint>())
        {
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            var raw = endpoint.RoutePattern.RawText ?? "";
            if (raw.StartsWith("{*path", StringComparison.Ordinal))
                continue; // the dashboard's fallback
            var path = "/" + raw.TrimStart('/');
            var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).Where(p => p is not null).Distinct().ToList();
            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            foreach (var method in methods)
                yield return (method, path, policies.SingleOrDefault(), anonymous);
        }
    }

    [Fact]
    public void Every_route_has_exactly_one_policy_or_is_one_of_the_few_open_ones()
    {
        var routes = Routes().ToList();
        Assert.True(routes.Count > 15, $"only {routes.Count} routes found");
        var open = routes.Where(r => r.Anonymous).Select(r => $"{r.Method} {r.Path}").Order().ToList();
        Assert.Equal(Open.Order(), open);
        foreach (var route in routes.Where(r => !r.Anonymous))
        {
            var endpoint = Api.Server.Endpoints.OfType<RouteEndpoint>().First(e => "/" + e.RoutePattern.RawText!.TrimStart('/') == route.Path);
            Assert.True(endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).Distinct().Count() == 1,
                $"{route.Method} {route.Path} must carry exactly one policy");
        }
    }

    [Fact]
    public async Task Every_closed_route_refuses_a_request_without_credentials()
    {
        using var client = Api.Client(null);
        foreach (var (method, path, _, anonymous) in Routes())
        {
            if (anonymous)
                continue;
            await ProblemAssert.Is(await client.SendAsync(Request(method, path)), 401, $"{method} {path} without credentials");
        }
    }

    [Fact]
    public async Task Every_route_refuses_the_roles_below_its_policy_and_device_tokens()
    {
        var below = new Dictionary<string, string[]>
        {
            ["viewer"] = ["device"],
            ["analyst"] = ["viewer", "device"],
            ["admin"] = ["viewer", "analyst", "device"],
            ["device"] = ["viewer", "analyst", "admin"],
            ["upload-status"] = ["viewer", "analyst"],
        };
        var checkedRoutes = 0;
        foreach (var (method, path, policy, anonymous) in Routes())
        {
            if (anonymous)
                continue;
            Assert.True(policy is not null && below.ContainsKey(policy), $"{method} {path}: unknown policy '{policy}'");
            foreach (var caller in below[policy!])
            {
                using var client = Api.Client(caller == "device" ? ApiServer.DeviceToken : Api.Tokens[caller]);
                await ProblemAssert.Is(await client.SendAsync(Request(method, path)), 403, $"{method} {path} as {caller}");
            }
            checkedRoutes++;
        }
        Assert.True(checkedRoutes >= 12, $"only {checkedRoutes} closed routes checked");
    }

    [Fact]
    public async Task An_unknown_api_path_is_401_without_credentials_and_404_with()
    {
        using var anonymous = Api.Client(null);
        await ProblemAssert.Is(await anonymous.GetAsync("api/v1/no-such-thing"), 401, "unknown path, no credentials");
        using var viewer = Api.As("viewer");
        await ProblemAssert.Is(await viewer.GetAsync("api/v1/no-such-thing"), 404, "unknown path as viewer");
    }

    private static HttpRequestMessage Request(string method, string path)
    {
        var concrete = System.Text.RegularExpressions.Regex.Replace(path, @"\{[^}]+\}", "x1");
        var request = new HttpRequestMessage(new HttpMethod(method), concrete.TrimStart('/'));
        if (method is "POST" or "PUT" or "PATCH")
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        return request;
    }
}
