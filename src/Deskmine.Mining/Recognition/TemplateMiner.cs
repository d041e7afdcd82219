using System.Runtime.InteropServices;

namespace Deskmine.Mining.Recognition;

/// <summary>
/// Learns templates for short texts (window titles, addresses, element names) in the manner of Drain
/// (He et al., ICWS 2017): texts are split into letter, digit and symbol tokens, digit runs are masked first,
/// texts of equal length and first token form a group, and a text joins the group's most similar template when
/// at least half its tokens agree; the disagreeing positions become wildcards. After learning, a wildcard slot
/// that took only a few distinct values (a handful of buttons, two tabs) is treated as constant and keeps its
/// value; slots with many values (ids, row numbers, names, dates) become placeholders.
/// </summary>
internal sealed class TemplateMiner
{
    private const string Wild = "<*>";
    private const string Num = "<n>";
    private const double SimilarityThreshold = 0.5;

    private readonly Dictionary<string, Observed> _cache = new(StringComparer.Ordinal);
    private readonly Dictionary<(int, string), List<Template>> _groups = [];
    private readonly List<Template> _templates = [];
    // One string per distinct token: titles and addresses repeat their words and separators in every distinct text
    // (one per invoice or record), and a stream's texts live as long as its analysis.
    private readonly Dictionary<string, string> _tokens = new(StringComparer.Ordinal);
    // Rendered templates: many texts give the same one (every invoice's title), which is then one string.
    private readonly TextPool _rendered = new();
    // Scratch lists for one text at a time: a text's tokens, masked tokens and variable values are kept as arrays of
    // their exact length, and a text's masked tokens only when they start a template.
    private readonly List<string> _scratch = [];
    private readonly List<string> _masked = [];
    private bool _frozen;

    /// <summary>
    /// Learns from one text seen <paramref name="times"/> times; call for every text before <see cref="Render"/>. Only a
    /// text's first observation shapes the templates; the number of times counts towards its slots' occurrences.
    /// </summary>
    public void Observe(string text, int times = 1)
    {
        if (_frozen)
            throw new InvalidOperationException("Templates are fixed once rendering has begun.");
        if (_cache.TryGetValue(text, out var seen))
        {
            seen.Count += times;
            return;
        }
        var tokens = Tokenize(text, _tokens.GetAlternateLookup<ReadOnlySpan<char>>(), _scratch);
        _masked.Clear();
        foreach (var t in tokens)
            _masked.Add(char.IsAsciiDigit(t[0]) ? Num : t);
        var masked = CollectionsMarshal.AsSpan(_masked);
        var key = (masked.Length, masked.Length == 0 ? "" : masked[0]);
        if (!_groups.TryGetValue(key, out var group))
            _groups[key] = group = [];
        Template? best = null;
        var bestSim = -1.0;
        foreach (var candidate in group)
        {
            var sim = Similarity(candidate.Tokens, masked);
            if (sim > bestSim)
                (best, bestSim) = (candidate, sim);
        }
        if (best is null || bestSim < SimilarityThreshold)
        {
            best = new Template(_templates.Count, masked.ToArray());
            group.Add(best);
            _templates.Add(best);
        }
        else
        {
            for (var i = 0; i < masked.Length; i++)
            {
                if (best.Tokens[i] != masked[i] && best.Tokens[i] != Num)
                    best.Tokens[i] = Wild;
            }
        }
        _cache[text] = new Observed(tokens, best) { Count = times };
    }

    /// <summary>
    /// The stable form of <paramref name="text"/> (variable parts as placeholders) and the values of those
    /// variable parts. Texts never observed are rendered as they are.
    /// </summary>
    public (string Template, IReadOnlyList<string> Variables) Render(string text, int minVariableValues, double minVariableShare)
    {
        if (!_cache.TryGetValue(text, out var seen))
            return (text, []);
        if (seen.Rendered is { } done)
            return (done, seen.Variables!);
        if (!_frozen)
            Freeze();
        var template = seen.Template;
        var vars = _scratch;
        vars.Clear();
        for (var i = 0; i < seen.Tokens.Length; i++)
        {
            var slot = template.Tokens[i];
            if (slot is Wild or Num && template.IsVariable(i, minVariableValues, minVariableShare))
            {
                _rendered.Append(slot);
                vars.Add(seen.Tokens[i]);
            }
            else
            {
                _rendered.Append(seen.Tokens[i]);
            }
        }
        seen.Rendered = _rendered.Take();
        seen.Variables = vars.Count == 0 ? [] : vars.ToArray();
        return (seen.Rendered, seen.Variables);
    }

    // One pass over every observed text counts, per template slot, its distinct values and occurrences.
    private void Freeze()
    {
        foreach (var t in _templates)
        {
            t.Distinct = [.. t.Tokens.Select(_ => new HashSet<string>(StringComparer.Ordinal))];
            t.Occurrences = new int[t.Tokens.Length];
        }
        foreach (var seen in _cache.Values)
        {
            var t = seen.Template;
            for (var i = 0; i < t.Tokens.Length; i++)
            {
                t.Distinct![i].Add(seen.Tokens[i]);
                t.Occurrences![i] += seen.Count;
            }
        }
        _frozen = true;
    }

    internal static string[] Tokenize(
        string text, Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> shared, List<string>? scratch = null)
    {
        var tokens = scratch ?? [];
        tokens.Clear();
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                    i++;
            }
            else if (char.IsLetter(c))
            {
                while (i < text.Length && char.IsLetter(text[i]))
                    i++;
            }
            else
            {
                i++;
            }
            // Digit runs (ids, row numbers) rarely repeat and are not shared.
            var token = text.AsSpan(start, i - start);
            if (char.IsAsciiDigit(c))
                tokens.Add(token.ToString());
            else if (shared.TryGetValue(token, out var same))
                tokens.Add(same);
            else
            {
                same = token.ToString();
                shared.Dictionary.Add(same, same);
                tokens.Add(same);
            }
        }
        return [.. tokens];
    }

    private static double Similarity(string[] template, ReadOnlySpan<string> tokens)
    {
        if (tokens.Length == 0)
            return 1.0;
        var same = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (template[i] == tokens[i] || template[i] == Wild)
                same++;
        }
        return (double)same / tokens.Length;
    }

    private sealed class Observed(string[] tokens, Template template)
    {
        public string[] Tokens { get; } = tokens;
        public Template Template { get; } = template;
        public int Count { get; set; }
        public string? Rendered { get; set; }
        public IReadOnlyList<string>? Variables { get; set; }
    }

    private sealed class Template(int id, string[] tokens)
    {
        public int Id { get; } = id;
        public string[] Tokens { get; } = tokens;

        public HashSet<string>[]? Distinct { get; set; }
        public int[]? Occurrences { get; set; }

        public bool IsVariable(int slot, int minValues, double minShare)
        {
            var d = Distinct![slot].Count;
            return d >= minValues && d >= minShare * Occurrences![slot];
        }
    }
}
