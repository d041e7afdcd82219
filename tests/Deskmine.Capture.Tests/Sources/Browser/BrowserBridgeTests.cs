using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using Deskmine.Capture.Sources.Browser;
using Deskmine.Core.Events;

namespace Deskmine.Capture.Tests.Sources.Browser;

public sealed class BrowserBridgeTests
{
    private const string Token = "bridge-token-0123456789";

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    private static (BrowserBridge Bridge, CollectingSink Sink, HttpClient Http) Start()
    {
        var port = FreePort();
        var sink = new CollectingSink();
        var bridge = new BrowserBridge(new BrowserBridgeOptions { Port = port, Token = Token }, TimeProvider.System);
        bridge.Start(sink);
        return (bridge, sink, new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") });
    }

    private static HttpRequestMessage Post(string path, string body, string? token, string? origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (token is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (origin is not null)
            request.Headers.Add("Origin", origin);
        return request;
    }

    [Fact]
    public async Task Only_an_extension_origin_gets_the_token()
    {
        var (bridge, _, http) = Start();
        using (bridge)
        using (http)
        {
            using var page = await http.SendAsync(Post("pair", "", null, "https://evil.example"));
            using var local = await http.SendAsync(Post("pair", "", null, null));
            using var extension = await http.SendAsync(Post("pair", "", null, "chrome-extension://abcdefgh"));
            Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.OK), (page.StatusCode, local.StatusCode, extension.StatusCode));
            Assert.Contains(Token, await extension.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Events_need_the_token_and_password_values_never_pass()
    {
        var (bridge, sink, http) = Start();
        using (bridge)
        using (http)
        {
            const string body = """[{"kind":"click","url":"https://erp.example.com/a","tag":"button","text":"Book"},{"kind":"change","input_type":"password","id":"pw","value":"hunter2","chars":14},{"kind":"bogus"}]""";
            using var wrong = await http.SendAsync(Post("events", body, "nope-nope-nope-nope", null));
            using var right = await http.SendAsync(Post("events", body, Token, null));
            Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.OK), (wrong.StatusCode, right.StatusCode));
            Assert.Equal("{\"accepted\":2}", await right.Content.ReadAsStringAsync());
        }
        Assert.Equal([EventKinds.Click, EventKinds.TextInput], sink.Events.Select(e => e.Kind));
        Assert.Equal(("button", "Book", "browser"), (sink.Events[0].TargetRole, sink.Events[0].TargetName, sink.Events[0].Source));
        Assert.Equal(("password", null), (sink.Events[1].TargetRole, sink.Events[1].Value));
        Assert.False(sink.Events[1].Attrs!.ContainsKey("chars"), "a password field keeps no character count");
    }
}
