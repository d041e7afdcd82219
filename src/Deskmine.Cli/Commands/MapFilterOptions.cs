using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Deskmine.Mining.Filters;
using Deskmine.Mining.Maps;

namespace Deskmine.Cli.Commands;

/// <summary>The filter options shared by <c>map</c> and <c>report</c>, and how they become log and map filters.</summary>
internal sealed class MapFilterOptions
{
    private readonly Option<double> _activities = new("--activities")
    {
        Description = "Activity slider: keep the most frequent activities covering this share of events (0-100)",
        DefaultValueFactory = _ => 100,
        HelpName = "PERCENT",
    };

    private readonly Option<double> _paths = new("--paths")
    {
        Description = "Path slider: keep the most frequent edges covering this share of transitions (0-100)",
        DefaultValueFactory = _ => 100,
        HelpName = "PERCENT",
    };

    private readonly Option<DateTimeOffset?> _from = new("--from")
    {
        Description = "Keep cases that lie within the window starting at this time (ISO 8601, UTC when no offset)",
        HelpName = "TIME",
    };

    private readonly Option<DateTimeOffset?> _to = new("--to")
    {
        Description = "End of the time window, exclusive",
        HelpName = "TIME",
    };

    private readonly Option<string[]> _user = new("--user")
    {
        Description = "Keep cases with an event by this user (repeatable)",
        HelpName = "USER",
        AllowMultipleArgumentsPerToken = false,
    };

    private readonly Option<string[]> _team = new("--team")
    {
        Description = "Keep cases with an event by this team (repeatable)",
        HelpName = "TEAM",
    };

    private readonly Option<string[]> _attribute = new("--where")
    {
        Description = "Keep cases with an event whose attribute has this value: FIELD=VALUE (schema field or attrs.KEY; repeatable)",
        HelpName = "FIELD=VALUE",
    };

    private readonly Option<bool> _collapse = new("--collapse-repeats")
    {
        Description = "Merge consecutive events with the same activity into one (a step recorded as many clicks and keys)",
    };

    private readonly Option<double?> _foldBelow = new("--fold-below")
    {
        Description = "Activities with less than this share of a map's events (0-100) are rare: steps first group under coarser step names, what is still rare folds into one 'Other (N rare …, X % of events)' activity. Default: 0.5 with the step classifier (--case segment|mined, --classifier step), else 0",
        HelpName = "PERCENT",
    };

    private readonly Option<int?> _maxActivities = new("--max-activities")
    {
        Description = "At most N activities per map, 'Other (…)' included; the least frequent group under coarser step names or fold into it; 0 = no limit. Default: 30 with the step classifier, else no limit",
        HelpName = "N",
    };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { _activities, _paths, _from, _to, _user, _team, _attribute, _collapse, _foldBelow, _maxActivities })
            command.Options.Add(option);
        _activities.Validators.Add(r => Percent(r, _activities));
        _foldBelow.Validators.Add(r =>
        {
            var value = r.GetValueOrDefault<double?>();
            if (value is { } v && !(v >= 0 && v <= 100))
                r.AddError($"--fold-below must be between 0 and 100, got {v.ToString(CultureInfo.InvariantCulture)}");
        });
        _maxActivities.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int?>() is { } n && (n < 0 || n == 1))
                r.AddError($"--max-activities must be 0 (no limit) or at least 2, got {n.ToString(CultureInfo.InvariantCulture)}");
        });
        _paths.Validators.Add(r => Percent(r, _paths));
        _attribute.Validators.Add(r =>
        {
            foreach (var value in r.GetValueOrDefault<string[]>() ?? [])
            {
                if (!value.Contains('=', StringComparison.Ordinal) || value.StartsWith('='))
                    r.AddError($"--where expects FIELD=VALUE, got '{value}'");
            }
        });
    }

    /// <summary>Columns the log must carry for the filters that were asked for.</summary>
    public IReadOnlyList<string> AttributeNames(ParseResult parse)
    {
        var names = new List<string> { "user", "team" };
        foreach (var (field, _) in Conditions(parse))
        {
            if (!names.Contains(field, StringComparer.Ordinal))
                names.Add(field);
        }
        return names;
    }

    /// <summary>Whether no filter was asked for (the map of the whole log).</summary>
    public bool IsEmpty(ParseResult parse) =>
        parse.GetValue(_from) is null && parse.GetValue(_to) is null && !Conditions(parse).Any() && !parse.GetValue(_collapse)
        && parse.GetValue(_activities) >= 100 && parse.GetValue(_paths) >= 100 && FoldBelow(parse) is null && MaxActivities(parse) is null;

    /// <summary>The share under which an activity folds into "Other", when given.</summary>
    public double? FoldBelow(ParseResult parse) => parse.GetValue(_foldBelow);

    /// <summary>The most activities a map keeps (0 = no limit), when given.</summary>
    public int? MaxActivities(ParseResult parse) => parse.GetValue(_maxActivities);

    /// <summary>The log filters asked for; <paramref name="folding"/> (when given) runs before the activity slider.</summary>
    public LogFilter LogFilter(ParseResult parse, RareActivityFoldingOptions? folding = null)
    {
        var filters = new List<LogFilter>();
        var from = parse.GetValue(_from);
        var to = parse.GetValue(_to);
        if (from is not null || to is not null)
        {
            filters.Add(new TimeWindowFilter(new TimeWindowFilterOptions
            {
                From = from ?? DateTimeOffset.MinValue,
                To = to ?? DateTimeOffset.MaxValue,
            }));
        }
        foreach (var (field, values) in Conditions(parse).GroupBy(c => c.Field, c => c.Value, StringComparer.Ordinal).Select(g => (g.Key, g.ToList())))
            filters.Add(new AttributeFilter(new AttributeFilterOptions { Attribute = field, Values = values }));
        if (parse.GetValue(_collapse))
            filters.Add(new CollapseRepeatsFilter());
        if (folding is not null)
            filters.Add(new RareActivityFolding(folding));
        var activities = parse.GetValue(_activities);
        if (activities < 100)
            filters.Add(new ActivityFrequencyFilter(new ActivityFrequencyFilterOptions { Percent = activities }));
        return Mining.Filters.LogFilter.Chain(filters);
    }

    public ProcessMap ApplyToMap(ParseResult parse, ProcessMap map)
    {
        var paths = parse.GetValue(_paths);
        return paths < 100 ? PathFrequencyFilter.Apply(map, new PathFrequencyFilterOptions { Percent = paths }) : map;
    }

    private IEnumerable<(string Field, string Value)> Conditions(ParseResult parse)
    {
        foreach (var user in parse.GetValue(_user) ?? [])
            yield return ("user", user);
        foreach (var team in parse.GetValue(_team) ?? [])
            yield return ("team", team);
        foreach (var pair in parse.GetValue(_attribute) ?? [])
        {
            var at = pair.IndexOf('=', StringComparison.Ordinal);
            yield return (pair[..at], pair[(at + 1)..]);
        }
    }

    private static void Percent(OptionResult result, Option<double> option)
    {
        var value = result.GetValueOrDefault<double>();
        if (!(value >= 0 && value <= 100))
            result.AddError($"{option.Name} must be between 0 and 100, got {value.ToString(CultureInfo.InvariantCulture)}");
    }
}
