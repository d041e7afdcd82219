using Deskmine.Storage.Workspaces;
using Microsoft.Playwright;

namespace Deskmine.Dashboard.Tests.Support;

/// <summary>
/// One simulated back office (one day, three teams of five), mined, with an admin, an analyst and a viewer account,
/// served by <c>deskmine serve</c> on 127.0.0.1, and one headless Chromium. Shared by the tests of a class; each test
/// opens its own browser context (its own cookies).
/// </summary>
public sealed class DashboardSite : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string DeviceToken = "dashboard-test-device-token-5c1e";
    public const string Password = "Correct horse battery staple 7";

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "deskmine-dashboard-" + Guid.NewGuid().ToString("N"));
    private ServerProcess? _server;
    private IPlaywright? _playwright;

    /// <summary>Why the tests cannot run here, or null.</summary>
    public string? Unavailable { get; private set; }

    public Uri Address => _server?.Address ?? throw new InvalidOperationException(Unavailable ?? "not started");

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Every pseudonym in the workspace (what a viewer must never see).</summary>
    public IReadOnlySet<string> People { get; private set; } = new HashSet<string>();

    /// <summary>The pseudonym the account <c>employee1</c> is linked to.</summary>
    public string Employee { get; private set; } = "";

    /// <summary>Where screenshots go: .build/test-results/dashboard in the repository, else the test output folder.</summary>
    public string Screenshots { get; } = ScreenshotFolder();

    public string ServerLog => _server?.Log ?? "";

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            Unavailable = $"Chromium is not installed at {ChromiumPath} (scripts/ensure-test-deps.sh installs it)";
            return;
        }
        Directory.CreateDirectory(_dir);
        var ws = Path.Combine(_dir, "ws");
        DeskmineCommand.Check(["simulate", "-w", ws, "--days", "1", "--teams", "3", "--people-per-team", "5", "--seed", "11"]);
        DeskmineCommand.Check(["mine", "-w", ws]);
        using (var workspace = Workspace.OpenReadOnly(ws))
            People = workspace.Events.ReadEvents().Select(e => e.User).OfType<string>().Where(u => u.Length > 0).ToHashSet(StringComparer.Ordinal);
        foreach (var role in new[] { "admin", "analyst", "viewer" })
        {
            var (code, stdout, stderr) = DeskmineCommand.Run(["users", "add", role + "1", "--role", role, "-w", ws], Password + "\n");
            if (code != 0)
            {
                // Accounts arrive with the server's read API; until this build has them there is nothing to log in to.
                Unavailable = $"'deskmine users add' is not available in this build (exit {code}): {stderr}{stdout}".Trim();
                return;
            }
        }
        // An employee's account, linked to the pseudonym the recording gave them (the employee page).
        Employee = People.Order(StringComparer.Ordinal).First();
        DeskmineCommand.Check(["users", "add", "employee1", "--role", "viewer", "--person", Employee, "-w", ws], Password + "\n");
        _server = ServerProcess.Start(ws, DeviceToken);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"],
        });
    }

    /// <summary>A new browser context (own cookies) with one page, logged in as the account of <paramref name="role"/>.</summary>
    public Task<IPage> LogInAsync(string role) => LogInAsAsync(role + "1");

    /// <summary>A new browser context with one page, logged in through the login form as the account <paramref name="name"/>.</summary>
    public async Task<IPage> LogInAsAsync(string name)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Address.ToString(),
            ViewportSize = new ViewportSize { Width = 1440, Height = 1000 },
        });
        // The first answers build the server's read model of the workspace: tens of seconds on a busy 2-core machine.
        context.SetDefaultTimeout(120_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByLabel("Name").FillAsync(name);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Overview", Level = 1 }).WaitForAsync();
        return page;
    }

    public async Task<string> ScreenshotAsync(IPage page, string name)
    {
        var path = Path.Combine(Screenshots, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
            await Browser.CloseAsync();
        _playwright?.Dispose();
        _server?.Dispose();
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by an exiting process: the temporary folder is left to the system.
        }
    }

    private static string ScreenshotFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Deskmine.slnx")))
                return Directory.CreateDirectory(Path.Combine(dir.FullName, ".build", "test-results", "dashboard")).FullName;
        }
        return Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;
    }
}
