using System.Text.Json;

namespace Deskmine.Server.Tests.Support;

internal static class ProblemAssert
{
    /// <summary>Asserts an RFC 7807 answer with the status, a title and a detail; returns its body.</summary>
    public static async Task<JsonElement> Is(HttpResponseMessage response, int status, string what)
    {
        Assert.True(status == (int)response.StatusCode, $"{what}: expected {status}, got {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()), what);
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()), what);
        return problem;
    }
}
