namespace Deskmine.Workspaces.Walkthroughs;

/// <summary>What <see cref="WalkthroughGuideRun.Write"/> wrote.</summary>
/// <param name="Name">The walkthrough's name.</param>
/// <param name="Steps">Steps in the guide.</param>
/// <param name="Screenshots">Screenshots embedded.</param>
/// <param name="EditedTitles">Step titles taken from <c>titles.json</c>.</param>
/// <param name="MarkdownPath">Full path of <c>guide.md</c>.</param>
/// <param name="HtmlPath">Full path of <c>guide.html</c>.</param>
/// <param name="TitlesPath">Full path of <c>titles.json</c>.</param>
/// <param name="Warnings">Things the reader should know (missing screenshots, edits that match no step, a recording still running).</param>
public sealed record WalkthroughGuideResult(
    string Name, int Steps, int Screenshots, int EditedTitles, string MarkdownPath, string HtmlPath, string TitlesPath, IReadOnlyList<string> Warnings);
