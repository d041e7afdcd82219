using Deskmine.Core.Events;

namespace Deskmine.Analysis.Transfers;

/// <summary>
/// Finds the field a copy came from: the copy's own target, else the element or cell in use when it happened.
/// </summary>
/// <remarks>
/// Action Logger writes a copy as a separate <c>OS-Clipboard</c> row without a target, next to the
/// <c>getCell</c> of the spreadsheet it came from:
/// <code>
///  00:36:21.065  Excel        getCell  A2   "John Doe"
///  00:36:21.105  OS-Clipboard copy          "John Doe"     → Excel, Student details!A
///  00:38:41.255  OS-Clipboard copy          "4450"         → the cell "01-4450-…" read before, not the web field
///                                                            typed in just before it (it holds "01")
/// </code>
/// Where values are kept, the latest element whose value contains the copied text wins; else the latest element.
/// </remarks>
internal sealed class ClipboardSources(IReadOnlyList<UiEvent> events, IReadOnlyList<string?> fieldOf, DataTransferOptions options)
{
    private readonly long _window = Micros(options.AttributionWindow);
    private readonly long _skew = Micros(options.ClockSkew);

    /// <summary>The source (event index, application, field) of the copy at <paramref name="position"/> of
    /// <paramref name="stream"/>, or <c>null</c> when no element explains it.</summary>
    public (int Event, string App, string Field)? SourceOf(int[] stream, int position)
    {
        var copy = events[stream[position]];
        if (fieldOf[stream[position]] is { } own)
            return (stream[position], copy.App ?? "", own);
        if (copy.Ts is not { } ts)
            return Latest(stream, position, long.MinValue, long.MaxValue, null);
        var text = string.IsNullOrEmpty(copy.Value) ? null : copy.Value.Trim();
        return (text is null ? null : Latest(stream, position, ts - _window, ts + _skew, text))
            ?? Latest(stream, position, ts - _window, ts + _skew, null);
    }

    private (int Event, string App, string Field)? Latest(int[] stream, int position, long from, long to, string? containing)
    {
        (int Event, string App, string Field)? best = null;
        long bestTs = long.MinValue;
        // Forward within the clock skew, then backward within the window; the latest timestamp wins.
        for (var p = position + 1; p < stream.Length && (events[stream[p]].Ts ?? long.MaxValue) <= to; p++)
            Consider(stream[p]);
        for (var p = position - 1; p >= 0; p--)
        {
            var ts = events[stream[p]].Ts ?? long.MinValue;
            if (ts < from || (best is not null && ts < bestTs))
                break;
            Consider(stream[p]);
        }
        return best;

        void Consider(int i)
        {
            var e = events[i];
            if (e.Kind is EventKinds.Copy)
                return;
            if (containing is not null && (e.Kind is EventKinds.Paste or EventKinds.TextInput
                || e.Value is null || !e.Value.Contains(containing, StringComparison.Ordinal)))
                return;
            if (fieldOf[i] is not { } field)
                return;
            var ts = e.Ts ?? long.MinValue;
            if (best is null || ts > bestTs)
            {
                best = (i, e.App ?? "", field);
                bestTs = ts;
            }
        }
    }

    private static long Micros(TimeSpan span) => (long)(span.TotalMilliseconds * 1000);
}
