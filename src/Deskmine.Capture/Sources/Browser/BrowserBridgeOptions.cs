namespace Deskmine.Capture.Sources.Browser;

/// <summary>Settings of the <see cref="BrowserBridge"/>, the agent's listener for the browser extension.</summary>
public sealed record BrowserBridgeOptions
{
    /// <summary>The extension's default port on 127.0.0.1.</summary>
    public const int DefaultPort = 47800;

    /// <summary>Port on 127.0.0.1 (default <see cref="DefaultPort"/>; the extension's <c>config.js</c> must name the same).</summary>
    public int Port { get; init; } = DefaultPort;

    /// <summary>Token the extension presents as <c>Authorization: Bearer …</c>. Required.</summary>
    public string Token { get; init; } = "";

    /// <summary>Largest accepted request body in bytes (default 256 KiB).</summary>
    public int MaxBody { get; init; } = 256 * 1024;

    /// <summary>Page times further than this from the agent's clock are replaced by the receipt time (default 5 s).</summary>
    public TimeSpan MaxClockSkew { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Throws <see cref="ArgumentException"/> for unusable values.</summary>
    public BrowserBridgeOptions Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Port, 1, nameof(Port));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Port, 65535, nameof(Port));
        if (Token.Length < 16)
            throw new ArgumentException("the bridge token must have at least 16 characters", nameof(Token));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxBody, 1024, nameof(MaxBody));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxClockSkew, TimeSpan.Zero, nameof(MaxClockSkew));
        return this;
    }
}
