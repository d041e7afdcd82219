using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Deskmine.Capture.Sources.Browser;
using Deskmine.Core.Events;

namespace Deskmine.Capture.Tests.Sources.Browser;

/// <summary>The real extension in Debian's Chromium (headless) posting to the real bridge.</summary>
public sealed class ExtensionTests
{
    private const string Page = """
        <!doctype html><html><head><title>Orders - ACME</title></head><body>
        <form id="order" action="/submit" onsubmit="event.preventDefault()">
        <input name="customer" id="customer"><input type="password" name="pw" id="pw">
        <button id="save" aria-label="Save order" type="submit">Save</button></form>
        <script>
        setTimeout(() => {
          const c = document.getElementById('customer'); c.value = 'Jane Roe'; c.dispatchEvent(new Event('change', {bubbles: true}));
          const p = document.getElementById('pw'); p.value = 'hunter2'; p.dispatchEvent(new Event('change', {bubbles: true}));
          document.getElementById('save').click();
        }, 1000);
        </script></body></html>
        """;

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Deskmine.slnx")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }

    [SkippableFact]
    public void The_extension_reports_navigation_field_changes_a_submit_and_the_clicked_button_without_values()
    {
        Skip.If(!File.Exists("/usr/bin/chromium"), "chromium is not installed (scripts/ensure-test-deps.sh)");
        var work = Directory.CreateTempSubdirectory("deskmine-ext-");
        try
        {
            var bridgePort = FreePort();
            var pagePort = FreePort();
            var extension = Path.Combine(work.FullName, "extension");
            Directory.CreateDirectory(extension);
            foreach (var file in Directory.GetFiles(Path.Combine(RepoRoot(), "extension")))
                File.Copy(file, Path.Combine(extension, Path.GetFileName(file)));
            File.WriteAllText(Path.Combine(extension, "config.js"), $"export const DESKMINE_PORT = {bridgePort};\n");

            using var site = new HttpListener();
            site.Prefixes.Add($"http://127.0.0.1:{pagePort}/");
            site.Start();
            _ = Task.Run(async () =>
            {
                while (site.IsListening)
                {
                    try
                    {
                        var ctx = await site.GetContextAsync();
                        var body = Encoding.UTF8.GetBytes(Page);
                        ctx.Response.ContentType = "text/html";
                        ctx.Response.OutputStream.Write(body);
                        ctx.Response.Close();
                    }
                    catch (HttpListenerException)
                    {
                        return;
                    }
                    catch (ObjectDisposedException)
                    {
                        return;
                    }
                }
            });

            var sink = new CollectingSink();
            using var bridge = new BrowserBridge(new BrowserBridgeOptions { Port = bridgePort, Token = "test-token-0123456789" }, TimeProvider.System);
            bridge.Start(sink);
            var info = new ProcessStartInfo("/usr/bin/chromium")
            {
                UseShellExecute = false,
                RedirectStandardError = true,
                RedirectStandardOutput = true,
            };
            foreach (var arg in new[]
                     {
                         "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                         "--user-data-dir=" + Path.Combine(work.FullName, "profile"),
                         "--disable-features=DisableLoadExtensionCommandLineSwitch",
                         "--load-extension=" + extension, $"http://127.0.0.1:{pagePort}/orders",
                     })
                info.ArgumentList.Add(arg);
            using var chromium = Process.Start(info)!;
            chromium.ErrorDataReceived += (_, _) => { };
            chromium.OutputDataReceived += (_, _) => { };
            chromium.BeginErrorReadLine();
            chromium.BeginOutputReadLine();
            try
            {
                sink.WaitFor(es => es.Any(e => e.Kind == EventKinds.Click), TimeSpan.FromSeconds(20));
            }
            finally
            {
                chromium.Kill(true);
                chromium.WaitForExit(5000);
            }

            var events = sink.Events;
            Assert.Equal([EventKinds.Navigate, EventKinds.TextInput, EventKinds.TextInput, EventKinds.Click, EventKinds.FormSubmit],
                events.OrderBy(e => e.Ts).ThenBy(e => e.Kind == EventKinds.FormSubmit).Select(e => e.Kind));
            Assert.All(events, e => Assert.Equal($"http://127.0.0.1:{pagePort}/orders", e.Url));
            Assert.All(events, e => Assert.Equal("Orders - ACME", e.Window));
            Assert.All(events, e => Assert.Null(e.Value));
            var customer = events.Single(e => e.TargetId == "customer");
            Assert.Equal(("textbox", "8"), (customer.TargetRole, customer.Attrs!["chars"]));
            var password = events.Single(e => e.TargetId == "pw");
            Assert.Equal("password", password.TargetRole);
            Assert.False(password.Attrs!.ContainsKey("chars"));
            var click = events.Single(e => e.Kind == EventKinds.Click);
            Assert.Equal(("button", "Save order", "save"), (click.TargetRole, click.TargetName, click.TargetId));
            Assert.Equal(("button", "Save"), (click.Attrs!["tag"], click.Attrs["text"]));
            Assert.Equal("/submit", events.Single(e => e.Kind == EventKinds.FormSubmit).Attrs!["form_action"]);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}
