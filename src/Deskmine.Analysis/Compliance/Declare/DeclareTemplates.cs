namespace Deskmine.Analysis.Compliance.Declare;

/// <summary>The written names of the templates and what each needs.</summary>
public static class DeclareTemplates
{
    private static readonly (DeclareTemplate Template, string Name)[] Names =
    [
        (DeclareTemplate.Existence, "existence"),
        (DeclareTemplate.Absence, "absence"),
        (DeclareTemplate.Init, "init"),
        (DeclareTemplate.End, "end"),
        (DeclareTemplate.Response, "response"),
        (DeclareTemplate.Precedence, "precedence"),
        (DeclareTemplate.Succession, "succession"),
        (DeclareTemplate.ChainResponse, "chain_response"),
        (DeclareTemplate.NotCoexistence, "not_coexistence"),
        (DeclareTemplate.FourEyes, "four_eyes"),
        (DeclareTemplate.MaxDuration, "max_duration"),
    ];

    /// <summary>Every written name, in the order of <see cref="DeclareTemplate"/>.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Names.Select(n => n.Name)];

    /// <summary>The written name of <paramref name="template"/>, e.g. <c>chain_response</c>.</summary>
    public static string NameOf(DeclareTemplate template) => Names[(int)template].Name;

    /// <summary>The template written as <paramref name="name"/> (exact, lower case), if any.</summary>
    public static bool TryParse(string name, out DeclareTemplate template)
    {
        foreach (var (t, n) in Names)
        {
            if (string.Equals(n, name, StringComparison.Ordinal))
            {
                template = t;
                return true;
            }
        }
        template = default;
        return false;
    }

    /// <summary>Whether the template relates two activities (needs <c>b</c>).</summary>
    public static bool IsBinary(DeclareTemplate template) =>
        template is not (DeclareTemplate.Existence or DeclareTemplate.Absence or DeclareTemplate.Init or DeclareTemplate.End);
}
