using System.Text;

namespace Deskmine.Workspaces.Documents;

/// <summary>File names made from task-type names: lower-case words joined by dashes, unique within one folder.</summary>
internal static class FileNames
{
    private const int MaxLength = 60;

    public static string Slug(string name, string fallback, ISet<string> taken)
    {
        var b = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormKD))
        {
            if (char.IsAsciiLetterOrDigit(c))
                b.Append(char.ToLowerInvariant(c));
            else if (b.Length > 0 && b[^1] != '-' && (char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsSymbol(c)))
                b.Append('-');
            if (b.Length >= MaxLength)
                break;
        }
        var slug = b.ToString().Trim('-');
        if (slug.Length == 0)
            slug = fallback;
        var unique = slug;
        for (var n = 2; !taken.Add(unique); n++)
            unique = $"{slug}-{n}";
        return unique;
    }
}
