namespace Deskmine.Analysis.Guides;

/// <summary>One numbered step of a guide (a step of the main variant, or the extra step of an exception).</summary>
/// <param name="Number">1-based position in the main variant (0 for an exception's extra step).</param>
/// <param name="StepName">The step name the work log gives (the recognised action label).</param>
/// <param name="Application">Application the step works in, or <c>null</c>.</param>
/// <param name="Screen">Window title or sheet as recorded (already templated by the privacy filter), or <c>null</c>.</param>
/// <param name="Url">Page address as recorded (already templated), or <c>null</c>.</param>
/// <param name="Element">The element worked on.</param>
/// <param name="Action">What is done.</param>
/// <param name="Description">The action in words: <c>Click 'Post'</c>, <c>Paste into 'IBAN'</c>.</param>
/// <param name="Input">Placeholder for the value entered (<c>&lt;Reference&gt;</c>), never the value itself; <c>null</c> when nothing is entered.</param>
/// <param name="Data">Data transfers into or out of the step's field.</param>
/// <param name="Occurrences">How many instances performed this step.</param>
/// <param name="MedianHandlingMicros">Median handling time of the step (see <see cref="Work.WorkSteps"/>), in microseconds.</param>
public sealed record GuideStep(
    int Number, string StepName, string? Application, string? Screen, string? Url, GuideElement Element, GuideAction Action,
    string Description, string? Input, IReadOnlyList<GuideDataFlow> Data, int Occurrences, long MedianHandlingMicros);
