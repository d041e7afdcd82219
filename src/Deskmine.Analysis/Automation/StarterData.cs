using Deskmine.Analysis.Work;
using Deskmine.Core.Events;

namespace Deskmine.Analysis.Automation;

/// <summary>
/// Writes <c>data.json</c>: one record per run. Without example rows it holds one record of placeholders. With
/// example rows, each record is one recorded instance of the main variant, a field's value being the last value
/// typed or pasted into it there, and only where the privacy policy kept that value (recorders keep none by
/// default); anything not kept stays a placeholder.
/// </summary>
internal static class StarterData
{
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Records(WorkLog log, StarterPlan plan, StarterOptions options)
    {
        var placeholders = plan.Parameters.ToDictionary(p => p.Name, p => p.Placeholder, StringComparer.Ordinal);
        if (options.ExampleRows == 0 || plan.Analysis.MainInstances.Count == 0)
            return [placeholders];
        var records = new List<IReadOnlyDictionary<string, string>>();
        var main = plan.Analysis.MainOccurrences;
        for (var n = 0; n < main.Count && records.Count < options.ExampleRows; n++)
        {
            var record = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var p = 0; p < plan.Parameters.Count; p++)
            {
                string? value = null;
                foreach (var step in plan.ParameterSteps[p])
                {
                    if (plan.Parameters[p].Selector is null)
                        break;
                    foreach (var e in main[n][step - 1].Events)
                    {
                        var ev = log.Events[e];
                        if (ev.Kind is EventKinds.TextInput or EventKinds.Paste && !string.IsNullOrEmpty(ev.Value))
                            value = ev.Value;
                    }
                }
                record[plan.Parameters[p].Name] = value ?? plan.Parameters[p].Placeholder;
            }
            records.Add(record);
        }
        return records;
    }
}
