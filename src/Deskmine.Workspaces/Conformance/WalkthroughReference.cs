using Deskmine.Analysis.Compliance.Reference;
using Deskmine.Analysis.Walkthroughs;
using Deskmine.Workspaces.Sources;
using Deskmine.Workspaces.Walkthroughs;
using Deskmine.Workspaces.Work;

namespace Deskmine.Workspaces.Conformance;

/// <summary>
/// Walkthroughs as the prescribed procedure: each walkthrough's recognised step sequence is an allowed variant, and
/// the instances the last recognition run found in the workspace are compared with them (<see cref="ReferenceCheck"/>).
/// </summary>
internal static class WalkthroughReference
{
    public static ReferenceReport Check(ComplianceRequest request)
    {
        // Read every walkthrough before opening the workspace, so a mistake in one shows at once.
        var variants = Variants(request.Walkthroughs);
        if (!Directory.Exists(request.Input))
            throw new InvalidRequestException($"--walkthrough compares with the task instances of a workspace; {request.Input} is not a workspace folder (import the log and run 'deskmine mine' first)");
        using var workspace = WorkspaceAccess.OpenForReading(request.Input);
        return Check(workspace, variants, request.TaskType, request.MinPeople);
    }

    /// <summary>The allowed variants the walkthrough folders record, in the order given.</summary>
    /// <exception cref="Core.Errors.InputException">A folder is missing or malformed (the message names the file and line).</exception>
    public static List<ReferenceVariant> Variants(IReadOnlyList<string> walkthroughs) => [.. walkthroughs.Select(dir =>
    {
        var recording = WalkthroughFolder.Read(dir);
        var guide = WalkthroughGuides.Build(recording.Name, recording.Events);
        return new ReferenceVariant(recording.Name, [.. guide.Steps.Select(s => s.StepName)], guide.Applications);
    })];

    /// <summary>Compares the instances of an open workspace's last recognition run with the variants.</summary>
    public static ReferenceReport Check(Storage.Workspaces.Workspace workspace, IReadOnlyList<ReferenceVariant> variants, string? taskType, int minPeople)
    {
        var work = WorkLogs.FromRecognition(workspace);
        return ReferenceCheck.Check(work, variants, new ReferenceOptions { TaskType = taskType, MinPeople = minPeople });
    }
}
