namespace Deskmine.Reporting.Walkthroughs;

/// <summary>What a walkthrough guide shows besides its steps.</summary>
public sealed record WalkthroughPage
{
    /// <summary>When the page is generated (shown in the footer).</summary>
    public required DateTimeOffset GeneratedAt { get; init; }

    /// <summary>Facts about the recording shown in the header (recorded when, screenshots taken and dropped, boxes redacted).</summary>
    public IReadOnlyList<(string Label, string Value)> Facts { get; init; } = [];

    /// <summary>Screenshots by their path relative to the walkthrough folder (<see cref="Deskmine.Analysis.Walkthroughs.WalkthroughShot.Path"/>).</summary>
    public IReadOnlyDictionary<string, WalkthroughImage> Images { get; init; } = new Dictionary<string, WalkthroughImage>();
}
