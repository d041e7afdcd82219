using System.CommandLine;
using System.Globalization;
using Deskmine.Workspaces.Walkthroughs;

namespace Deskmine.Cli.Commands;

/// <summary>
/// <c>deskmine walkthrough guide DIR -o OUT</c>: the step-by-step guide of a recorded walkthrough (Markdown, a
/// self-contained HTML page with the screenshots and the clicks marked, and the editable <c>titles.json</c>).
/// </summary>
internal static class WalkthroughGuideCommand
{
    /// <summary>The <c>guide</c> subcommand of <c>walkthrough</c>.</summary>
    public static Command Guide(CliContext context)
    {
        var input = new Argument<string>("DIR") { Description = "The walkthrough folder (written by 'deskmine walkthrough record')" };
        var output = new Option<string>("--output", "-o")
        {
            Description = "Folder for guide.md, guide.html, titles.json and the screenshots the Markdown links (edited titles in titles.json are kept)",
            DefaultValueFactory = _ => "walkthrough-guide",
            HelpName = "OUT",
        };
        var command = new Command("guide", "Write the step-by-step guide of a walkthrough: numbered steps, screenshots with the click marked, placeholders, data moved, time per step")
        {
            input, output,
        };
        command.SetAction(parse =>
        {
            var r = WalkthroughGuideRun.Write(parse.GetValue(input)!, parse.GetValue(output)!, context.Time);
            foreach (var w in r.Warnings)
                context.Out.WriteLine("warning: " + w);
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{r.Name}: {r.Steps} steps, {r.Screenshots} screenshots, {r.EditedTitles} edited titles kept"));
            context.Out.WriteLine($"wrote {r.MarkdownPath}, {r.HtmlPath} and {r.TitlesPath}");
            return CliApp.Ok;
        });
        return command;
    }
}
