using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Deskmine.Server.Access;
using Microsoft.Extensions.Logging;

namespace Deskmine.Server.Tests.Support;

/// <summary>
/// A real server on 127.0.0.1 over a copy of the mined template, with one account per role, an employee account
/// linked to a recorded pseudonym and a device token from the token file.
/// </summary>
public sealed class ApiServer : IAsyncDisposable
{
    public const string Password = "correct horse battery";
    public const string DeviceToken = "api-device-token-5d1e";

    private IngestServer? _server;

    private ApiServer(string workspace) => Workspace = workspace;

    public string Workspace { get; }

    /// <summary>What the server logged (errors carry their exception).</summary>
    internal CapturedLog Log { get; } = new();

    public Uri Address { get; private set; } = null!;

    public IngestServer Server => _server ?? throw new InvalidOperationException("stopped");

    /// <summary>Login tokens by account name (admin, analyst, viewer, employee).</summary>
    public Dictionary<string, string> Tokens { get; } = [];

    /// <summary>The pseudonym the employee account is linked to.</summary>
    public string Employee { get; private set; } = "";

    public static async Task<ApiServer> StartAsync(Func<ServerOptions, ServerOptions>? configure = null)
    {
        var server = new ApiServer(MinedTemplate.Copy());
        string employee;
        using (var ws = Storage.Workspaces.Workspace.OpenReadOnly(server.Workspace))
            employee = ws.Events.ReadEvents().First(e => e.User is not null).User!;
        server.Employee = employee;
        var access = AccessStore.Open(server.Workspace);
        access.AddUser("admin", Role.Admin, Password);
        access.AddUser("analyst", Role.Analyst, Password);
        access.AddUser("viewer", Role.Viewer, Password);
        access.AddUser("employee", Role.Viewer, Password, employee);
        var options = new ServerOptions
        {
            Workspace = server.Workspace,
            Urls = ["http://127.0.0.1:0"],
            Tokens = [DeviceToken],
            RequestsPerSecond = 0,
            LoginsPerMinute = 1000,
            ConfigureLogging = b => b.AddProvider(server.Log),
        };
        server._server = await IngestServer.StartAsync(configure?.Invoke(options) ?? options);
        server.Address = server._server.Addresses[0];
        foreach (var name in new[] { "admin", "analyst", "viewer", "employee" })
            server.Tokens[name] = await server.LoginAsync(name);
        return server;
    }

    public async Task<string> LoginAsync(string name, string password = Password)
    {
        using var client = Client(null);
        using var response = await client.PostAsJsonAsync("api/v1/login", new { name, password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
    }

    public HttpClient Client(string? token)
    {
        var client = new HttpClient { BaseAddress = Address };
        if (token is not null)
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A client logged in as <paramref name="account"/>.</summary>
    public HttpClient As(string account) => Client(Tokens[account]);

    public async ValueTask DisposeAsync()
    {
        if (_server is { } s)
        {
            _server = null;
            await s.DisposeAsync();
        }
        try
        {
            Directory.Delete(Workspace, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }
}

/// <summary>One server shared read-only by the API tests that do not write.</summary>
public sealed class SharedApiServer : IAsyncLifetime
{
    public ApiServer Api { get; private set; } = null!;

    public async Task InitializeAsync() => Api = await ApiServer.StartAsync();

    public async Task DisposeAsync() => await Api.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<SharedApiServer>
{
    public const string Name = "api";
}
