using Deskmine.Analysis.Work;

namespace Deskmine.Analysis.Transfers;

/// <summary>
/// Finds values that people move between applications and fields: a copy and its paste, or a value copied, read
/// or typed in one field and typed again in another. See <c>docs/analysis.md</c>, section "Data transfers".
/// </summary>
/// <remarks>
/// Two ends match by keyed hash (<see cref="Core.Events.UiEvent.ValueHash"/>) where the capture policy keeps no
/// text, by the text itself (<see cref="Core.Events.UiEvent.Value"/>) where it does; only text shows
/// transformations. Fields are generalised so that instances aggregate: a cell becomes its sheet's column, a web
/// field its name (its id when a list of inputs shares the name).
/// </remarks>
public static class DataTransfers
{
    /// <summary>Every data transfer in <paramref name="log"/>, grouped by task type and the two fields.</summary>
    /// <exception cref="Core.Errors.InputException">An option is out of range.</exception>
    public static DataTransferReport Find(WorkLog log, DataTransferOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(log);
        options ??= DataTransferOptions.Default;
        options.Validate();

        var found = new TransferFinder(log, options).Find();
        var transfers = found
            .GroupBy(o => (o.TaskType, o.FromApp, o.FromField, o.ToApp, o.ToField, o.MatchedBy))
            .Select(g =>
            {
                var top = g.Where(o => o.Transformation is not null)
                    .GroupBy(o => o.Transformation!, StringComparer.Ordinal)
                    .OrderByDescending(t => t.Count()).ThenBy(t => t.Key, StringComparer.Ordinal)
                    .FirstOrDefault();
                return new DataTransfer(g.Key.TaskType, g.Key.FromApp, g.Key.FromField, g.Key.ToApp, g.Key.ToField,
                    g.Count(), g.Key.MatchedBy, top?.Key, top?.Count() ?? 0);
            })
            .OrderByDescending(t => t.Count)
            .ThenBy(t => t.TaskType)
            .ThenBy(t => t.FromApp, StringComparer.Ordinal).ThenBy(t => t.FromField, StringComparer.Ordinal)
            .ThenBy(t => t.ToApp, StringComparer.Ordinal).ThenBy(t => t.ToField, StringComparer.Ordinal)
            .ToArray();
        return new DataTransferReport(transfers, Shares(log, found));
    }

    /// <summary>Per task type, the share of its instances' events that take part in a transfer.</summary>
    private static double[] Shares(WorkLog log, List<TransferOccurrence> found)
    {
        var taking = new HashSet<int>(found.SelectMany(o => o.Events));
        var total = new int[log.TaskTypes.Count];
        var part = new int[log.TaskTypes.Count];
        foreach (var instance in log.Instances)
        {
            if (instance.TaskType < 0 || instance.TaskType >= total.Length)
                continue;
            total[instance.TaskType] += instance.Events.Count;
            part[instance.TaskType] += instance.Events.Count(taking.Contains);
        }
        return [.. total.Select((t, k) => t == 0 ? 0 : (double)part[k] / t)];
    }
}
