using Deskmine.Storage;
using Deskmine.Workspaces.Recognition;
using Deskmine.Workspaces.Sources;

namespace Deskmine.Server.Reading;

/// <summary>
/// What a map of this workspace can be built from: the case notions (<c>case</c> of <c>GET /api/v1/map</c>) and the
/// classifiers (<c>activity</c>), each marked available or not, and the pair a person starts exploring from. A mined
/// workspace starts from recognition's mined cases named by their steps (tens of readable boxes); a workspace never
/// mined from the workspace's own case notion named by application and action.
/// </summary>
internal sealed record CaseNotionCatalogue(
    IReadOnlyList<CaseNotionCatalogue.Item> CaseNotions, IReadOnlyList<CaseNotionCatalogue.Item> Classifiers, string DefaultCase, string DefaultClassifier, bool Mined)
{
    /// <summary>One choice: its value in the query, a label for people, and whether this workspace can answer it.</summary>
    public sealed record Item(string Id, string Label, bool Available, string Description);

    public static CaseNotionCatalogue Of(IEventStore store)
    {
        var mined = TaskTypeCatalogue.IsStored(store);
        var truth = store.ReadTruth().Any();
        const string NeedsMining = "needs a recognition run ('deskmine mine' or Mine again on the Task types page)";
        Item[] notions =
        [
            new(Core.Logs.CaseNotions.Auto, "Workspace default", true, "the imported case id, else the simulated task instance, else the recording session"),
            new(Core.Logs.CaseNotions.Mined, "Mined case", mined, mined ? "the business object recognition found, else its task instance" : NeedsMining),
            new(Core.Logs.CaseNotions.Segment, "Task instance (segment)", mined, mined ? "one task instance recognition found" : NeedsMining),
            new(Core.Logs.CaseNotions.Imported, "Case (business object)", true, "the case id an imported log states"),
            new(Core.Logs.CaseNotions.Truth, "Simulated task instance", truth, truth ? "the ground truth of simulated or labelled data" : "the workspace holds no ground truth"),
            new(Core.Logs.CaseNotions.Session, "Recording session", true, "one recording session of one person"),
        ];
        Item[] classifiers =
        [
            new(StepClassifier.Name, "Step (recognised action)", mined, mined ? "the readable step recognition abstracted each event into; rare steps folded" : NeedsMining),
            new("app,kind", "Application and action", true, "e.g. chrome.exe | click"),
            new("app", "Application", true, "the application alone"),
            new("app,kind,target_name", "Application, action and element", true, "the finest level; recorded values make it wide"),
            new(LogSources.AutoClassifier, "Workspace default", true, "the imported activity, else application, action and element"),
        ];
        return mined
            ? new CaseNotionCatalogue(notions, classifiers, Core.Logs.CaseNotions.Mined, StepClassifier.Name, true)
            : new CaseNotionCatalogue(notions, classifiers, Core.Logs.CaseNotions.Auto, "app,kind", false);
    }
}
