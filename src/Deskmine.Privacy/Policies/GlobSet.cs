using System.Text;
using System.Text.RegularExpressions;

namespace Deskmine.Privacy.Policies;

/// <summary>A set of glob patterns (<c>*</c> any run, <c>?</c> one character, case-insensitive, whole text) compiled
/// into one regular expression. An empty set matches nothing.</summary>
internal sealed class GlobSet
{
    private readonly Regex? _regex;

    private GlobSet(Regex? regex) => _regex = regex;

    public static GlobSet Create(IEnumerable<string> globs)
    {
        ArgumentNullException.ThrowIfNull(globs);
        var parts = globs.Select(ToRegex).ToList();
        if (parts.Count == 0)
            return new GlobSet(null);
        var pattern = "^(?:" + string.Join('|', parts) + ")$";
        return new GlobSet(new Regex(pattern,
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline | RegexOptions.NonBacktracking));
    }

    public bool IsMatch(string text) => _regex is not null && _regex.IsMatch(text);

    private static string ToRegex(string glob)
    {
        var builder = new StringBuilder(glob.Length + 8);
        foreach (var c in glob)
        {
            builder.Append(c switch
            {
                '*' => ".*",
                '?' => ".",
                _ => Regex.Escape(c.ToString()),
            });
        }
        return builder.ToString();
    }
}
