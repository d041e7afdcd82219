namespace Deskmine.Analysis.Automation;

/// <summary>One planned line of the generated script.</summary>
/// <param name="Step">Number of the guide step it comes from.</param>
/// <param name="Kind">What it does.</param>
/// <param name="Comment">The step in words (for the comment above the line).</param>
/// <param name="Target">Locator expression (Fill, Select, clicks), address expression (Goto), regular expression source (WaitForUrl), keys (Press), or <c>null</c>.</param>
/// <param name="Parameter">Parameter filled in (Fill, Select), or <c>null</c>.</param>
internal sealed record BrowserAction(int Step, BrowserActionKind Kind, string Comment, string? Target, string? Parameter);
