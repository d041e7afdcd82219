namespace Deskmine.Analysis.Automation;

/// <summary>How the script finds one element on the page.</summary>
/// <param name="Kind">Where the selector comes from.</param>
/// <param name="Code">The Playwright locator expression on <c>page</c>, e.g. <c>page.locator('#first_3')</c>.</param>
internal sealed record PageSelector(PageSelectorKind Kind, string Code);
