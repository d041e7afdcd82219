namespace Deskmine.Analysis.Candidates;

/// <summary>
/// An event matching this pattern reads unstructured input (a PDF, a mail body, a scan): the <see cref="Field"/>
/// of the event contains <see cref="Contains"/>, ignoring case.
/// </summary>
/// <param name="Field">One of <c>app</c>, <c>window</c>, <c>kind</c>, <c>target</c> (element name), <c>url</c>.</param>
/// <param name="Contains">Text the field contains.</param>
public sealed record InputPattern(string Field, string Contains)
{
    /// <summary>The fields a pattern may name.</summary>
    public static IReadOnlyList<string> Fields { get; } = ["app", "window", "kind", "target", "url"];

    /// <summary>Whether <paramref name="e"/> matches.</summary>
    public bool Matches(Core.Events.UiEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var text = Field switch
        {
            "app" => e.App,
            "window" => e.Window,
            "kind" => e.Kind,
            "target" => e.TargetName,
            "url" => e.Url,
            _ => null,
        };
        return text is not null && text.Contains(Contains, StringComparison.OrdinalIgnoreCase);
    }
}
