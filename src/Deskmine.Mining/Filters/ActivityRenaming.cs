using Deskmine.Core.Logs;

namespace Deskmine.Mining.Filters;

/// <summary>
/// Gives a log's activities new names; activities that get the same name become one activity. Only the activity
/// column is rebuilt: cases, times, references and attributes are shared with the input (they do not change).
/// </summary>
public sealed class ActivityRenaming : LogFilter
{
    private readonly Func<string, string> _nameOf;

    /// <summary>Creates the filter from the new name of each old name.</summary>
    public ActivityRenaming(Func<string, string> nameOf)
    {
        ArgumentNullException.ThrowIfNull(nameOf);
        _nameOf = nameOf;
    }

    /// <inheritdoc />
    public override EventLog Apply(EventLog log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var names = new List<string>();
        var codeOfName = new Dictionary<string, int>(StringComparer.Ordinal);
        var newCode = new int[log.ActivityNames.Count];
        for (var a = 0; a < newCode.Length; a++)
        {
            var name = _nameOf(log.ActivityNames[a]) ?? throw new InvalidOperationException($"no new name for activity '{log.ActivityNames[a]}'");
            if (!codeOfName.TryGetValue(name, out var code))
            {
                codeOfName[name] = code = names.Count;
                names.Add(name);
            }
            newCode[a] = code;
        }
        var activities = new int[log.EventCount];
        for (var i = 0; i < activities.Length; i++)
            activities[i] = newCode[log.Activities[i]];
        return new EventLog(log.CaseIds, log.CaseStarts, names, activities, log.Timestamps, log.EventRefs, log.Attributes, log.Durations);
    }
}
