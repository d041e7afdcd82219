using System.Globalization;
using Deskmine.Workspaces.Recognition;

namespace Deskmine.Cli.Commands;

/// <summary>The text form of <c>deskmine tasks</c>: one block per task type, most instances first.</summary>
internal static class TasksText
{
    public static void List(TextWriter output, IReadOnlyList<TaskTypeSummary> types)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{types.Count} task types from the last 'deskmine mine' (rename, merge or split them with 'deskmine tasks rename|merge|split'):"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {"id",-24} {"instances",9} {"events",9} {"people",6} {"median",9}  name"));
        foreach (var t in types)
            Line(output, t);
    }

    public static void Changed(TextWriter output, string verb, LabellingResult result)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{verb}: kept as rule {result.Rule.Kind.ToString().ToLowerInvariant()} and applied on every later 'deskmine mine'"));
        foreach (var t in result.Changed)
            Line(output, t);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{result.Types.Count} task types now; 'deskmine tasks' lists them"));
    }

    private static void Line(TextWriter output, TaskTypeSummary t)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {t.Id,-24} {t.Instances,9:N0} {t.Events,9:N0} {t.People,6:N0} {Duration(t.MedianSeconds),9}  {t.Name}"));
        if (t.Steps.Count > 0)
            output.WriteLine("      steps: " + string.Join(" → ", t.Steps));
    }

    private static string Duration(double? seconds) => seconds switch
    {
        null => "–",
        < 60 => string.Create(CultureInfo.InvariantCulture, $"{seconds:F0} s"),
        < 3600 => string.Create(CultureInfo.InvariantCulture, $"{Math.Floor(seconds.Value / 60):F0} min {seconds % 60:F0} s"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Math.Floor(seconds.Value / 3600):F0} h {Math.Floor(seconds.Value % 3600 / 60):F0} min"),
    };
}
