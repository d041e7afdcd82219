using Deskmine.Analysis.Guides;
using Deskmine.Core.Errors;

namespace Deskmine.Analysis.Automation;

/// <summary>Settings of <see cref="AutomationStarters"/>.</summary>
public sealed record StarterOptions
{
    /// <summary>The default settings.</summary>
    public static StarterOptions Default { get; } = new();

    /// <summary>How the guide the starter follows is built.</summary>
    public GuideOptions Guide { get; init; } = GuideOptions.Default;

    /// <summary>
    /// Applications that are web browsers (compared ignoring case). A step is a browser step when it has a page
    /// address or comes from the browser extension; these names catch browser steps recorded without an address.
    /// </summary>
    public IReadOnlyList<string> BrowserApplications { get; init; } =
        ["chrome", "chromium", "google-chrome", "firefox", "msedge", "edge", "brave", "opera", "safari"];

    /// <summary>
    /// Records of <c>data.json</c> taken from recorded instances, using only values the privacy policy kept
    /// (each missing value stays a placeholder). Default 0: <c>data.json</c> holds one record of placeholders.
    /// </summary>
    public int ExampleRows { get; init; }

    /// <summary>Chromium the generated configuration starts when <c>CHROMIUM_PATH</c> is not set. Default Debian's <c>/usr/bin/chromium</c>.</summary>
    public string ChromiumPath { get; init; } = "/usr/bin/chromium";

    /// <summary>Version of <c>@playwright/test</c> in the generated <c>package.json</c>. Default 1.65.2 (the one web/automation pins).</summary>
    public string PlaywrightVersion { get; init; } = "1.65.2";

    /// <summary>Checks every setting.</summary>
    /// <exception cref="InputException">A setting is out of range.</exception>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Guide);
        Guide.Validate();
        if (BrowserApplications is null)
            throw new InputException(nameof(StarterOptions), null, nameof(BrowserApplications), "expected a list (it may be empty)");
        if (ExampleRows is < 0 or > 1000)
            throw new InputException(nameof(StarterOptions), null, nameof(ExampleRows), $"expected 0 to 1000, got {ExampleRows}");
        if (string.IsNullOrWhiteSpace(ChromiumPath))
            throw new InputException(nameof(StarterOptions), null, nameof(ChromiumPath), "expected the path of a Chromium executable");
        if (string.IsNullOrWhiteSpace(PlaywrightVersion) || PlaywrightVersion.Any(c => !(char.IsAsciiDigit(c) || c == '.' || char.IsAsciiLetter(c) || c == '-')))
            throw new InputException(nameof(StarterOptions), null, nameof(PlaywrightVersion), $"expected a version such as 1.65.2, got '{PlaywrightVersion}'");
    }
}
