using Deskmine.Core.Errors;
using Deskmine.Core.Logs;

namespace Deskmine.Mining.Filters;

/// <summary>
/// Keeps (or with <see cref="AttributeFilterOptions.Exclude"/> drops) the cases having an event whose attribute
/// takes one of the values, or only such events. An attribute the log does not have is bad user input.
/// </summary>
public sealed class AttributeFilter : LogFilter
{
    private readonly AttributeFilterOptions _options;

    /// <summary>Creates the filter; throws when <paramref name="options"/> are invalid.</summary>
    public AttributeFilter(AttributeFilterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
    }

    /// <inheritdoc />
    /// <exception cref="InputException">The log has no attribute of that name.</exception>
    public override EventLog Apply(EventLog log)
    {
        ArgumentNullException.ThrowIfNull(log);
        if (!log.Attributes.TryGetValue(_options.Attribute, out var column))
        {
            var known = log.Attributes.Count == 0 ? "none" : string.Join(", ", log.Attributes.Keys.Order(StringComparer.Ordinal));
            throw new InputException("attribute filter", null, _options.Attribute,
                $"the log has no attribute '{_options.Attribute}'; expected one of: {known}.");
        }
        var wanted = new HashSet<string>(_options.Values, StringComparer.Ordinal);
        var matchCode = new bool[column.Names.Count];
        for (var v = 0; v < matchCode.Length; v++)
            matchCode[v] = wanted.Contains(column.Names[v]);
        var codes = column.Codes;

        if (_options.Mode == AttributeFilterMode.Events)
        {
            var keepEvent = new bool[log.EventCount];
            for (var i = 0; i < keepEvent.Length; i++)
                keepEvent[i] = (codes[i] >= 0 && matchCode[codes[i]]) != _options.Exclude;
            return EventLogSlicer.Keep(log, null, keepEvent);
        }

        var keepCase = new bool[log.CaseCount];
        var starts = log.CaseStarts;
        for (var c = 0; c < log.CaseCount; c++)
        {
            var hit = false;
            for (var i = starts[c]; i < starts[c + 1] && !hit; i++)
                hit = codes[i] >= 0 && matchCode[codes[i]];
            keepCase[c] = hit != _options.Exclude;
        }
        return EventLogSlicer.Keep(log, keepCase, null);
    }
}
