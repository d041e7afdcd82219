namespace Deskmine.Analysis.Guides;

/// <summary>What a step looks like over its occurrences: where it happens, on which element, doing what.</summary>
/// <param name="Application">Application of the step, or <c>null</c>.</param>
/// <param name="Screen">Window title or sheet, or <c>null</c>.</param>
/// <param name="Url">Page address, or <c>null</c>.</param>
/// <param name="Element">The element worked on.</param>
/// <param name="Action">What is done.</param>
/// <param name="Description">The action in words.</param>
/// <param name="Input">Placeholder of the entered value, or <c>null</c>.</param>
/// <param name="IsBrowser">True when the step happens on a web page (it has an address or a browser source).</param>
internal sealed record StepShape(
    string? Application, string? Screen, string? Url, GuideElement Element, GuideAction Action, string Description,
    string? Input, bool IsBrowser);
