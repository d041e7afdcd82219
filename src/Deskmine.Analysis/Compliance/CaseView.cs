using Deskmine.Core.Logs;

namespace Deskmine.Analysis.Compliance;

/// <summary>
/// What the checks read from a log besides activities: who performed an event, a case's group, and the evidence
/// record of an event.
/// </summary>
internal sealed class CaseView
{
    private readonly EventLog _log;
    private readonly CategoricalColumn[] _resources;
    private readonly CategoricalColumn? _group;

    public CaseView(EventLog log, ComplianceOptions options)
    {
        _log = log;
        _resources = [.. options.ResourceAttributes.Select(a => log.Attributes.GetValueOrDefault(a)).OfType<CategoricalColumn>()];
        if (options.GroupBy is { } g && log.Attributes.TryGetValue(g, out var column) && column.Codes.Any(c => c >= 0))
            _group = column;
    }

    public EventLog Log => _log;

    /// <summary>Whether the log has any resource attribute at all.</summary>
    public bool HasResources => _resources.Length > 0;

    /// <summary>Whether the log has the grouping attribute with at least one value.</summary>
    public bool HasGroups => _group is not null;

    /// <summary>Who performed event <paramref name="e"/>: the first resource attribute with a value.</summary>
    public string? ResourceOf(int e)
    {
        foreach (var column in _resources)
        {
            if (column.ValueAt(e) is { } value)
                return value;
        }
        return null;
    }

    /// <summary>The group of case <paramref name="c"/>: the value on its first event that has one.</summary>
    public string? GroupOf(int c)
    {
        if (_group is null)
            return null;
        for (var e = _log.CaseStarts[c]; e < _log.CaseStarts[c + 1]; e++)
        {
            if (_group.ValueAt(e) is { } value)
                return value;
        }
        return null;
    }

    /// <summary>The time of case <paramref name="c"/>'s first event, when known.</summary>
    public long? StartOf(int c)
    {
        var first = _log.CaseStarts[c];
        return first < _log.CaseStarts[c + 1] && _log.Timestamps[first] != EventLog.NoTimestamp ? _log.Timestamps[first] : null;
    }

    public EvidenceEvent Evidence(int e)
    {
        var ts = _log.Timestamps[e];
        return new EvidenceEvent(_log.EventRefs[e], _log.ActivityNames[_log.Activities[e]], ts == EventLog.NoTimestamp ? null : ts, ResourceOf(e));
    }

    public Deviation Deviation(string rule, string template, int c, IEnumerable<int> events, string message, IReadOnlyList<string>? skipped = null) => new()
    {
        Rule = rule,
        Template = template,
        Case = _log.CaseIds[c],
        Group = GroupOf(c),
        Events = [.. events.Distinct().Order().Select(Evidence)],
        Skipped = skipped ?? [],
        Message = message,
        CaseStart = StartOf(c),
    };
}
