using System.CommandLine;

namespace Deskmine.Cli.Commands;

/// <summary>Options shared by several commands, so that they read the same everywhere.</summary>
internal static class CommonOptions
{
    public const string DefaultWorkspace = "deskmine-workspace";

    public static Option<string> Workspace() => new("--workspace", "-w")
    {
        Description = "Workspace folder (one DuckDB file and its metadata)",
        DefaultValueFactory = _ => DefaultWorkspace,
        HelpName = "DIR",
    };

    public static Option<string> CaseNotion() => new("--case")
    {
        Description = "Case notion: auto (imported case id, else simulated truth, else session), case, truth, session, user, segment or mined (from deskmine mine)",
        DefaultValueFactory = _ => "auto",
        HelpName = "NOTION",
    };

    public static Option<string> Classifier() => new("--classifier")
    {
        Description = "Comma-separated fields that name the activity (e.g. app,kind,target_name or attrs.eventType), or step (the readable step name of each action 'deskmine mine' found); auto = step for --case segment|mined, else the imported activity, else app,kind,target_name",
        DefaultValueFactory = _ => "auto",
        HelpName = "FIELDS",
    };
}
