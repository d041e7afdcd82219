namespace Deskmine.Workspaces.Documents;

/// <summary>The guide files written for one task type.</summary>
/// <param name="TaskTypeId">The task type's id.</param>
/// <param name="Name">The task type's name.</param>
/// <param name="Instances">Instances the guide was built from.</param>
/// <param name="MarkdownPath">Full path of the Markdown guide.</param>
/// <param name="HtmlPath">Full path of the self-contained HTML guide.</param>
public sealed record GuideDocument(string TaskTypeId, string Name, int Instances, string MarkdownPath, string HtmlPath);
