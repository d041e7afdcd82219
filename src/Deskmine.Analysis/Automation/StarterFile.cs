namespace Deskmine.Analysis.Automation;

/// <summary>One generated file of an automation starter.</summary>
/// <param name="Name">File name inside the starter's folder (no directories).</param>
/// <param name="Content">The file's text (UTF-8, LF line ends).</param>
public sealed record StarterFile(string Name, string Content);
