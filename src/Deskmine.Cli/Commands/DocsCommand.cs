using System.CommandLine;
using System.Globalization;
using Deskmine.Workspaces.Documents;
using Deskmine.Workspaces.Sources;

namespace Deskmine.Cli.Commands;

/// <summary><c>deskmine docs</c>: one Markdown and one HTML step-by-step guide per task type found by <c>deskmine mine</c>.</summary>
internal static class DocsCommand
{
    public static Command Create(CliContext context)
    {
        var workspace = CommonOptions.Workspace();
        var output = new Option<string>("--output", "-o")
        {
            Description = "Folder for the guides (one .md and one .html per task type)",
            DefaultValueFactory = _ => "guides",
            HelpName = "DIR",
        };
        var command = new Command("docs", "Write step-by-step guides (SOPs) per task type: main variant, exceptions, applications, screens, fields, data moved, time per step")
        {
            workspace, output,
        };
        command.Aliases.Add("sop");
        command.Aliases.Add("guide");
        command.SetAction(parse =>
        {
            using var ws = WorkspaceAccess.OpenForReading(parse.GetValue(workspace)!);
            var written = DocumentsRun.Write(ws, parse.GetValue(output)!, context.Time);
            foreach (var g in written)
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{g.Instances,7:N0}  {g.Name}  →  {g.HtmlPath}"));
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {written.Count} guides (Markdown and HTML) into {Path.GetFullPath(parse.GetValue(output)!)}"));
            return CliApp.Ok;
        });
        return command;
    }
}
