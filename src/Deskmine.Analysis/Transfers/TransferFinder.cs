using System.Globalization;
using Deskmine.Analysis.Work;
using Deskmine.Core.Events;

namespace Deskmine.Analysis.Transfers;

/// <summary>
/// Walks each person's stream once and pairs the two ends of every moved value: a paste with the latest copy of
/// the same content, and a typed value with where the same content was copied, read or typed before in the same
/// task instance (in another field), or, where values are kept, a value that one simple transformation turns into it.
/// </summary>
internal sealed class TransferFinder
{
    private readonly WorkLog _log;
    private readonly DataTransferOptions _options;
    private readonly string?[] _fieldOf;
    private readonly ClipboardSources _clipboard;

    // Earlier values of an instance tried for a transformed typed value: bounds the work on long instances.
    private const int MaxTransformedLookback = 200;

    public TransferFinder(WorkLog log, DataTransferOptions options)
    {
        _log = log;
        _options = options;
        // One generalised field per event, computed once: scans look at the same events many times.
        var namer = new FieldNamer(log.Events);
        _fieldOf = [.. log.Events.Select(namer.FieldOf)];
        _clipboard = new ClipboardSources(log.Events, _fieldOf, options);
    }

    /// <summary>Every moved value whose destination lies in a task instance.</summary>
    public List<TransferOccurrence> Find()
    {
        var found = new List<TransferOccurrence>();
        foreach (var stream in PersonStreams.Build(_log))
            Walk(stream, found);
        return found;
    }

    private void Walk(int[] stream, List<TransferOccurrence> found)
    {
        var events = _log.Events;
        var maxGap = Micros(_options.MaxCopyToPaste);
        var copies = new Dictionary<ContentKey, Source>();
        var seen = new Dictionary<(int Instance, ContentKey Key), List<Source>>();
        var texts = new Dictionary<int, List<Source>>();
        var completions = new HashSet<int>();
        for (var p = 0; p < stream.Length; p++)
        {
            var i = stream[p];
            var e = events[i];
            if (completions.Contains(i) || ContentKey.Of(e) is not { } key)
                continue;
            var instance = _log.InstanceOfEvent[i];
            if (e.Kind == EventKinds.Copy)
            {
                if (_clipboard.SourceOf(stream, p) is { } from)
                {
                    var source = new Source(i, from.App, from.Field, SourceText(e, from.Event), IsCopy: true);
                    copies[key] = source;
                    Remember(instance, key, source);
                }
                continue;
            }
            var field = _fieldOf[i];
            if (field is null)
                continue;
            var app = e.App ?? "";
            if (e.Kind == EventKinds.Paste)
            {
                var (edits, final) = Completion(stream, p, app, field);
                completions.UnionWith(edits);
                if (copies.TryGetValue(key, out var copy) && Within(events[copy.Event].Ts, e.Ts, maxGap))
                    Add(found, instance, copy, app, field, key, final ?? e.Value, [copy.Event, i, .. edits]);
                var here = new Source(i, app, field, final ?? e.Value, IsCopy: false);
                Remember(instance, key, here);
                if (final is not null && ContentKey.Of(events[edits[^1]]) is { } finalKey && finalKey != key)
                    Remember(instance, finalKey, here);
            }
            else if (e.Kind == EventKinds.TextInput)
            {
                if (instance >= 0 && LongEnough(e))
                {
                    var sources = Typed(instance, key, app, field) is { } exact ? [exact] : Transformed(instance, key, app, field, e.Value);
                    foreach (var source in sources)
                        Add(found, instance, source, app, field, key, e.Value, source.IsCopy ? [source.Event, i] : [i]);
                }
                Remember(instance, key, new Source(i, app, field, e.Value, IsCopy: false));
            }
            else if (key.ByValue)
            {
                // A value shown in a cell or field (a spreadsheet getCell) can be read there and typed elsewhere.
                Remember(instance, key, new Source(i, app, field, e.Value, IsCopy: false));
            }
        }

        void Remember(int instance, ContentKey key, Source source)
        {
            if (instance < 0)
                return;
            if (!seen.TryGetValue((instance, key), out var list))
                seen[(instance, key)] = list = [];
            list.Add(source);
            if (key.ByValue && source.Text is not null)
            {
                if (!texts.TryGetValue(instance, out var all))
                    texts[instance] = all = [];
                all.Add(source);
            }
        }

        // A kept value typed in another form than it was read (a date reformatted, a name split): the latest earlier
        // value of the instance, in another field, that one simple transformation turns into it; or, for text made
        // of several earlier values (first and last name typed as one), each of them.
        List<Source> Transformed(int instance, ContentKey key, string app, string field, string? typed)
        {
            var parts = new List<Source>();
            if (!key.ByValue || typed is null || !texts.TryGetValue(instance, out var all))
                return parts;
            for (var n = all.Count - 1; n >= 0 && n >= all.Count - MaxTransformedLookback; n--)
            {
                var s = all[n];
                if ((s.App == app && s.Field == field) || s.Text!.Trim().Length < _options.MinTypedLength)
                    continue;
                var t = Transformations.Describe(s.Text, typed);
                if (t == Transformations.Concatenated)
                {
                    if (!parts.Any(p => p.App == s.App && p.Field == s.Field))
                        parts.Add(s);
                }
                else if (t is not null && t != Transformations.Edited)
                {
                    return [s];
                }
            }
            return parts;
        }

        // The value came from the latest copy of it in this instance, else from the latest other field that held it.
        Source? Typed(int instance, ContentKey key, string app, string field)
        {
            if (!seen.TryGetValue((instance, key), out var list))
                return null;
            // The same value typed again into a field that already holds it is a retype, not a new transfer.
            if (list.Any(s => s.App == app && s.Field == field))
                return null;
            Source? other = null;
            for (var n = list.Count - 1; n >= 0; n--)
            {
                var s = list[n];
                if (s.IsCopy)
                    return s;
                other ??= s;
            }
            return other;
        }
    }

    private void Add(List<TransferOccurrence> found, int instance, Source source, string app, string field, ContentKey key,
        string? destinationText, int[] events)
    {
        if (instance < 0)
            return;
        var transformation = key.ByValue && source.Text is { } from && destinationText is { } to
            ? Transformations.Describe(from, to)
            : null;
        var type = _log.Instances[instance].TaskType;
        found.Add(new TransferOccurrence(type, source.App, source.Field, app, field,
            key.ByValue ? DataTransferMatch.Value : DataTransferMatch.Hash, transformation, events));
    }

    /// <summary>Text typed into the pasted field right after the paste: those events and the final value.</summary>
    private (int[] Edits, string? Final) Completion(int[] stream, int position, string app, string field)
    {
        var events = _log.Events;
        var paste = events[stream[position]];
        var limit = Micros(_options.PasteEditWindow);
        var edits = new List<int>();
        string? final = null;
        for (var p = position + 1; p < stream.Length; p++)
        {
            var e = events[stream[p]];
            if (!Within(paste.Ts, e.Ts, limit) || e.Kind is EventKinds.Paste)
                break;
            var f = _fieldOf[stream[p]];
            if (f is null)
                continue;
            if ((e.App ?? "") != app || f != field)
                break;
            if (e.Kind == EventKinds.TextInput)
            {
                edits.Add(stream[p]);
                final = e.Value ?? final;
            }
        }
        return ([.. edits], final);
    }

    /// <summary>The text a copy took: the copied value, or the element's whole value when the copy took part of it
    /// (a piece of a cell), so that the split shows as a transformation.</summary>
    private string? SourceText(UiEvent copy, int element)
    {
        var whole = _log.Events[element].Value;
        if (copy.Value is not { } part)
            return null;
        return whole is not null && whole.Length > part.Trim().Length && whole.Contains(part.Trim(), StringComparison.Ordinal)
            ? whole
            : part;
    }

    private bool LongEnough(UiEvent e)
    {
        var length = e.Value?.Trim().Length
            ?? (e.Attrs?.GetValueOrDefault("chars") is { } chars && int.TryParse(chars, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : (int?)null);
        return length is null || length >= _options.MinTypedLength;
    }

    private static bool Within(long? from, long? to, long limit) =>
        from is not { } a || to is not { } b || (b - a <= limit && b >= a - limit);

    private static long Micros(TimeSpan span) => (long)(span.TotalMilliseconds * 1000);

    /// <summary>Where a value was: the event, its application and field, its text when kept, and whether it was a copy.</summary>
    private sealed record Source(int Event, string App, string Field, string? Text, bool IsCopy);
}
