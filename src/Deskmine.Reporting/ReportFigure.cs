namespace Deskmine.Reporting;

/// <summary>A labelled figure for the report header, already formatted by the caller.</summary>
/// <param name="Label">What the figure is, e.g. <c>People</c>.</param>
/// <param name="Value">The formatted value, e.g. <c>42</c> or <c>3h 10m</c>.</param>
public sealed record ReportFigure(string Label, string Value);
