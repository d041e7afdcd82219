namespace Deskmine.Reporting.Analysis;

/// <summary>A guide written beside the report.</summary>
/// <param name="Name">Task type name.</param>
/// <param name="Instances">Instances the guide was built from.</param>
/// <param name="HtmlHref">Link to the HTML guide, relative to the report.</param>
/// <param name="MarkdownHref">Link to the Markdown guide, relative to the report.</param>
public sealed record GuideLink(string Name, int Instances, string HtmlHref, string MarkdownHref);
