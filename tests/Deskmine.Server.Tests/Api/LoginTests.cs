using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Deskmine.Server.Tests.Support;

namespace Deskmine.Server.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class LoginTests(SharedApiServer shared)
{
    private ApiServer Api => shared.Api;

    [Fact]
    public async Task Login_returns_a_bearer_token_and_a_strict_http_only_cookie()
    {
        using var client = Api.Client(null);
        using var response = await client.PostAsJsonAsync("api/v1/login", new { name = "analyst", password = ApiServer.Password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("analyst", body.GetProperty("name").GetString());
        Assert.Equal("analyst", body.GetProperty("role").GetString());
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith("deskmine_session=" + body.GetProperty("token").GetString(), cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);

        using var me = Api.Client(body.GetProperty("token").GetString());
        var who = await me.GetFromJsonAsync<JsonElement>("api/v1/me");
        Assert.Equal("analyst", who.GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, who.GetProperty("person").ValueKind);
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_name_get_the_same_401()
    {
        using var client = Api.Client(null);
        using var wrong = await client.PostAsJsonAsync("api/v1/login", new { name = "admin", password = "not the password" });
        using var unknown = await client.PostAsJsonAsync("api/v1/login", new { name = "nobody", password = "not the password" });
        var a = await ProblemAssert.Is(wrong, 401, "wrong password");
        var b = await ProblemAssert.Is(unknown, 401, "unknown name");
        Assert.Equal(a.GetProperty("detail").GetString(), b.GetProperty("detail").GetString());
        Assert.False(wrong.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task The_cookie_reads_but_an_unsafe_request_needs_the_csrf_header()
    {
        var token = await Api.LoginAsync("viewer");
        using var handler = new HttpClientHandler { UseCookies = false };
        using var client = new HttpClient(handler) { BaseAddress = Api.Address };
        using (var get = new HttpRequestMessage(HttpMethod.Get, "api/v1/me"))
        {
            get.Headers.Add("Cookie", "deskmine_session=" + token);
            using var response = await client.SendAsync(get);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        using (var post = new HttpRequestMessage(HttpMethod.Post, "api/v1/logout"))
        {
            post.Headers.Add("Cookie", "deskmine_session=" + token);
            await ProblemAssert.Is(await client.SendAsync(post), 401, "cookie without csrf header");
        }
        using (var post = new HttpRequestMessage(HttpMethod.Post, "api/v1/logout"))
        {
            post.Headers.Add("Cookie", "deskmine_session=" + token);
            post.Headers.Add("X-Deskmine-Csrf", "1");
            using var response = await client.SendAsync(post);
            Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        }
        using var after = Api.Client(token);
        await ProblemAssert.Is(await after.GetAsync("api/v1/me"), 401, "token after logout");
    }

    [Fact]
    public async Task Health_answers_without_credentials_and_me_does_not()
    {
        using var client = Api.Client(null);
        var health = await client.GetFromJsonAsync<JsonElement>("api/v1/health");
        Assert.Equal("ok", health.GetProperty("status").GetString());
        await ProblemAssert.Is(await client.GetAsync("api/v1/me"), 401, "me without credentials");
    }
}
