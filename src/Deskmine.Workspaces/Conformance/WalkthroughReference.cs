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
        var variants = request.Walkthroughs.Select(dir =>
        {
            var recording = WalkthroughFolder.Read(dir);
            var guide = WalkthroughGuides.Build(recording.Name, recording.Events);
            return new ReferenceVariant(recording.Name, [.. guide.Steps.Select(s => s.StepName)], guide.Applications);
        }).ToList();
        if (!Directory.Exists(request.Input))
            throw new InvalidRequestException($"--walkthrough compares with the task instances of a workspace; {request.Input} is not a workspace folder (import the log and run 'deskmine mine' first)");
        using var workspace = WorkspaceAccess.OpenForReading(request.Input);
        var work = WorkLogs.FromRecognition(workspace);
        return ReferenceCheck.Check(work, variants, new ReferenceOptions { TaskType = request.TaskType, MinPeople = request.MinPeople });
    }
}
