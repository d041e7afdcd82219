using Deskmine.Core.Events;

namespace Deskmine.Workspaces.Walkthroughs;

/// <summary>A walkthrough folder as read from disk (see <c>docs/walkthrough.md</c> for the layout).</summary>
/// <param name="Directory">Full path of the folder.</param>
/// <param name="Name">The walkthrough's name.</param>
/// <param name="Status"><c>recording</c>, <c>paused</c> or <c>stopped</c>.</param>
/// <param name="Started">When recording started, or <c>null</c>.</param>
/// <param name="Ended">When it ended, or <c>null</c> while it runs.</param>
/// <param name="ScreenshotsTaken">Screenshots the recorder took.</param>
/// <param name="ScreenshotsDropped">Screenshots it dropped because OCR or the filter failed (fail closed).</param>
/// <param name="RedactedBoxes">Boxes it filled opaque over the screenshots.</param>
/// <param name="Events">The recorded events (after the privacy filter), in order of <c>seq</c>.</param>
public sealed record WalkthroughRecording(
    string Directory, string Name, string Status, DateTimeOffset? Started, DateTimeOffset? Ended,
    int ScreenshotsTaken, int ScreenshotsDropped, int RedactedBoxes, IReadOnlyList<UiEvent> Events);
