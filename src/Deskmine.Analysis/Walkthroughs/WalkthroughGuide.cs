namespace Deskmine.Analysis.Walkthroughs;

/// <summary>A step-by-step guide built from one walkthrough (one task recorded on purpose).</summary>
/// <param name="Name">The walkthrough's name.</param>
/// <param name="Steps">The steps, numbered from 1, in the order they were done.</param>
/// <param name="HandlingMicros">Time spent on the steps, in microseconds.</param>
/// <param name="ElapsedMicros">From the first to the last event, in microseconds.</param>
/// <param name="Applications">The applications used (process names as recorded), in order of first use.</param>
public sealed record WalkthroughGuide(string Name, IReadOnlyList<WalkthroughStep> Steps, long HandlingMicros, long ElapsedMicros, IReadOnlyList<string> Applications)
{
    /// <summary>The same guide with the titles of <paramref name="edited"/> (step number → title) in place of the generated ones.</summary>
    public WalkthroughGuide WithTitles(IReadOnlyDictionary<int, string> edited)
    {
        ArgumentNullException.ThrowIfNull(edited);
        return this with { Steps = [.. Steps.Select(s => edited.TryGetValue(s.Number, out var t) ? s with { Title = t } : s)] };
    }
}
