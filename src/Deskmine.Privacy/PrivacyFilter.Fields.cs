using System.Text.RegularExpressions;
using Deskmine.Core.Events;
using Deskmine.Privacy.Detection;
using Deskmine.Privacy.Normalisation;
using Deskmine.Privacy.Templating;

namespace Deskmine.Privacy;

/// <summary>Cleaning of one text field: normalise, custom rules, detectors, templating, until nothing changes.</summary>
public sealed partial class PrivacyFilter
{
    // A field settles in two rounds in practice (one that redacts, one that confirms); one that still changes after
    // this many is replaced whole rather than kept half-cleaned.
    private const int MaxRounds = 6;

    private static readonly HashSet<string> KnownKinds = new(StringComparer.Ordinal)
    {
        EventKinds.Click, EventKinds.DoubleClick, EventKinds.RightClick, EventKinds.TextInput, EventKinds.KeyShortcut,
        EventKinds.KeySpecial, EventKinds.Copy, EventKinds.Paste, EventKinds.AppSwitch, EventKinds.Navigate, EventKinds.Scroll,
        EventKinds.Idle, EventKinds.FileOpen, EventKinds.FormSubmit, EventKinds.Activity,
    };

    /// <summary>How a field is cleaned.</summary>
    private enum Field
    {
        /// <summary>Normalise and detectors.</summary>
        Text,

        /// <summary>Also the policy's custom rules (fields people write or name: labels, values, team).</summary>
        RuledText,

        /// <summary>Custom rules, detectors and title templating.</summary>
        Title,

        /// <summary>Custom rules, detectors and address templating.</summary>
        Url,
    }

    /// <summary>The field cleaned to a fixed point: cleaning the result again returns it unchanged.</summary>
    /// <remarks>Texts seen before come from <see cref="_cleaned"/>: a desktop repeats most of its field texts (measured on
    /// the simulated back office: 43–51 k → 125–131 k events per CPU-second; docs/benchmarks.md).</remarks>
    private string? Clean(Compiled compiled, string? text, Field field)
    {
        if (string.IsNullOrEmpty(text))
            return text;
        if (_cleaned.TryGet((int)field, text, out var known))
        {
            foreach (var detection in known.Detections)
                Stats.CountDetection(detection);
            return known.Text;
        }
        List<string>? detections = null;
        var current = text;
        for (var round = 0; round < MaxRounds; round++)
        {
            var next = CleanOnce(compiled, current, field, name => (detections ??= []).Add(name));
            if (string.Equals(next, current, StringComparison.Ordinal))
            {
                var cleaned = new Cleaned(current, detections?.ToArray() ?? []);
                _cleaned.Add((int)field, text, cleaned);
                foreach (var detection in cleaned.Detections)
                    Stats.CountDetection(detection);
                return current;
            }
            current = next;
        }
        Stats.CountDetection("unsettled");
        return Placeholders.Redacted;
    }

    private string CleanOnce(Compiled compiled, string text, Field field, Action<string> count)
    {
        text = TextNormaliser.Normalise(text);
        if (field != Field.Text)
        {
            foreach (var (regex, replacement) in compiled.Rules)
            {
                var matches = 0;
                text = regex.Replace(text, m =>
                {
                    matches++;
                    return m.Result(replacement);
                });
                for (var i = 0; i < matches; i++)
                    count("rule");
            }
        }
        text = PiiRedactor.Default.Redact(text, count);
        if (!Policy.Templating)
            return text;
        return field switch
        {
            Field.Title => Templates.Title(text),
            Field.Url => Templates.Url(text),
            _ => text,
        };
    }

    /// <summary>Identifiers (session, case id) are cleaned without templating, which would merge them all into
    /// <c>&lt;id&gt;</c>; a GUID carries nothing personal and is kept as it is.</summary>
    /// <remarks>An identifier that is not a plain token (it has spaces, punctuation beyond <c>._:-</c>, or is long)
    /// is free text in an id field: it becomes a digest (<c>h_…</c>, keyed when pseudonyms are on), stable so a
    /// session's sequence can still be followed, and nothing of the text is kept.</remarks>
    private string? CleanIdentifier(Compiled compiled, string? id)
    {
        if (string.IsNullOrEmpty(id) || Guid.TryParseExact(id, "D", out _) || Digest().IsMatch(id))
            return id;
        if (!PlainIdentifier().IsMatch(id))
        {
            // Without an organisation key an unkeyed digest still keeps the text out; the id is not content.
            var digest = _pseudonymiser?.ValueHash(id)
                ?? Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(id)));
            return "h_" + digest[..16];
        }
        return Clean(compiled, id, Field.Text);
    }

    [GeneratedRegex(@"^h_[0-9a-f]{16}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Digest();

    [GeneratedRegex(@"^[A-Za-z0-9._:<>\-]{1,64}\z", RegexOptions.CultureInvariant)]
    private static partial Regex PlainIdentifier();

    /// <summary>A kind or source: kept when it is a known kind, or a plain lower-case word (<c>x11</c>,
    /// <c>import:csv</c>) that cleaning leaves unchanged; <c>null</c> (reject the event) otherwise.</summary>
    private string? SchemaWord(Compiled compiled, string? word)
    {
        if (word is null)
            return null;
        if (KnownKinds.Contains(word))
            return word;
        if (!PlainWord().IsMatch(word))
            return null;
        // Sources (x11, browser, import:csv) repeat on every event; running every detector on each one took half the
        // filter's time at ingest. Only accepted words are remembered, so a rejected one is checked again each time.
        if (_cleaned.TryGet(SchemaWordKey, word, out var known))
        {
            foreach (var detection in known.Detections)
                Stats.CountDetection(detection);
            return known.Text;
        }
        List<string>? detections = null;
        var cleaned = CleanOnce(compiled, word, Field.Title, name => (detections ??= []).Add(name));
        foreach (var detection in detections ?? [])
            Stats.CountDetection(detection);
        if (!string.Equals(cleaned, word, StringComparison.Ordinal))
            return null;
        _cleaned.Add(SchemaWordKey, word, new Cleaned(word, detections?.ToArray() ?? []));
        return word;
    }

    // The cache key of schema words, apart from every field kind's.
    private const int SchemaWordKey = -1;

    [GeneratedRegex(@"^[a-z][a-z0-9_\-]{0,31}(?::[a-z0-9_\-.]{1,32})?\z", RegexOptions.CultureInvariant)]
    private static partial Regex PlainWord();
}
