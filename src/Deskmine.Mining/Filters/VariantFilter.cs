using Deskmine.Core.Logs;
using Deskmine.Mining.Maps;

namespace Deskmine.Mining.Filters;

/// <summary>
/// Keeps the cases of the <see cref="VariantFilterOptions.TopK"/> most frequent variants, ranked exactly as
/// <see cref="ProcessMap.Variants"/> ranks them (count descending, then first appearance).
/// </summary>
public sealed class VariantFilter : LogFilter
{
    private readonly VariantFilterOptions _options;

    /// <summary>Creates the filter; throws when <paramref name="options"/> are invalid.</summary>
    public VariantFilter(VariantFilterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
    }

    /// <inheritdoc />
    public override EventLog Apply(EventLog log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var index = new Dictionary<CaseSpan, int>(new CaseSpanComparer(log.Activities));
        var counts = new List<int>();
        var caseVariant = new int[log.CaseCount];
        for (var c = 0; c < log.CaseCount; c++)
        {
            var span = new CaseSpan(log.CaseStarts[c], log.CaseStarts[c + 1] - log.CaseStarts[c]);
            if (!index.TryGetValue(span, out var v))
            {
                v = counts.Count;
                index.Add(span, v);
                counts.Add(0);
            }
            counts[v]++;
            caseVariant[c] = v;
        }
        var top = Enumerable.Range(0, counts.Count)
            .OrderByDescending(v => counts[v])
            .ThenBy(v => v)
            .Take(_options.TopK)
            .ToHashSet();
        var keepCase = new bool[log.CaseCount];
        for (var c = 0; c < keepCase.Length; c++)
            keepCase[c] = top.Contains(caseVariant[c]);
        return EventLogSlicer.Keep(log, keepCase, null);
    }
}
