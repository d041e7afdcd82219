using Deskmine.Analysis.Guides;

namespace Deskmine.Analysis.Walkthroughs;

/// <summary>One numbered step of a walkthrough guide.</summary>
/// <param name="Number">1-based position.</param>
/// <param name="StepName">The readable step name recognition gives the step's action (<c>SAP – MIRO: click 'Post'</c>): the key
/// by which mined work is compared with the walkthrough and edited titles are kept.</param>
/// <param name="Title">The title shown: the generated one, or the one edited in <c>titles.json</c>.</param>
/// <param name="GeneratedTitle">The title Deskmine generates (<c>Click 'Post' in SAP – MIRO</c>).</param>
/// <param name="Detail">Application, screen, element, action, data moved and time, as the task guides describe a step.</param>
/// <param name="Placeholder">What stands for the value entered (<c>«reference»</c>), never the value; <c>null</c> when nothing is entered.</param>
/// <param name="HandlingMicros">Time spent on the step, in microseconds.</param>
/// <param name="Shot">The step's screenshot, or <c>null</c> when the step has none.</param>
/// <param name="Application">The application's process name as recorded (<c>saplogon.exe</c>), for comparing applications.</param>
public sealed record WalkthroughStep(
    int Number, string StepName, string Title, string GeneratedTitle, GuideStep Detail, string? Placeholder, long HandlingMicros,
    WalkthroughShot? Shot, string? Application);
