using System.Text.Json.Serialization;

namespace Deskmine.Capture.Walkthrough;

/// <summary>
/// <c>walkthrough.json</c>, the manifest of a walkthrough folder (format <c>deskmine-walkthrough/1</c>; see
/// docs/walkthrough.md): written at the start, rewritten when the state changes and at the stop.
/// </summary>
public sealed record WalkthroughManifest
{
    /// <summary>The format this manifest follows.</summary>
    public const string CurrentFormat = "deskmine-walkthrough/1";

    /// <summary>Format and version of the folder.</summary>
    public string Format { get; init; } = CurrentFormat;

    /// <summary>The walkthrough's name as the person gave it.</summary>
    public required string Name { get; init; }

    /// <summary>Start, UTC, ISO 8601 with milliseconds (<c>2026-12-05T13:20:00.000Z</c>).</summary>
    public required string Started { get; init; }

    /// <summary>End, as <see cref="Started"/>; null while recording.</summary>
    public string? Ended { get; init; }

    /// <summary><c>recording</c>, <c>paused</c> or <c>stopped</c>.</summary>
    public required string Status { get; init; }

    /// <summary>The screen the walkthrough was recorded on.</summary>
    public WalkthroughHost Host { get; init; } = new();

    /// <summary>Screenshot counters.</summary>
    public WalkthroughShots Screenshots { get; init; } = new();
}

/// <summary>The screen of a walkthrough.</summary>
public sealed record WalkthroughHost
{
    /// <summary>Screen width in pixels.</summary>
    [JsonPropertyName("screen_w")]
    public int ScreenW { get; init; }

    /// <summary>Screen height in pixels.</summary>
    [JsonPropertyName("screen_h")]
    public int ScreenH { get; init; }
}

/// <summary>Screenshot counters of a walkthrough.</summary>
public sealed record WalkthroughShots
{
    /// <summary>Screenshots taken (stored or dropped).</summary>
    public long Taken { get; init; }

    /// <summary>Screenshots dropped because capture, OCR or the filter failed.</summary>
    public long Dropped { get; init; }

    /// <summary>Boxes filled opaque over all stored screenshots.</summary>
    [JsonPropertyName("redacted_boxes")]
    public long RedactedBoxes { get; init; }
}

/// <summary>Source-generated JSON for the manifest (snake_case, indented).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(WalkthroughManifest))]
internal sealed partial class WalkthroughManifestJson : JsonSerializerContext;
