using Deskmine.Core.Events;
using Deskmine.Mining.Evaluation.Benchmarks;
using Deskmine.Storage.Formats;

namespace Deskmine.Mining.Tests.Support;

/// <summary>
/// Reads the task instances of Leno et al.'s segmented logs (../shared/data/uilogs/leno) for the mixed-log
/// benchmark, with the product's readers: StudentRecord and Reimbursement (Action Logger, truth in caseID) and one
/// CPN log per distinct routine. CPN logs 1–4 record variants of one login-and-form routine (log3, with the most
/// variants, stands for them); logs 8 and 9 mix routines of the other logs without saying which instance is which,
/// so they cannot give a true task type per instance and are left out.
/// </summary>
internal static class MixedLenoSamples
{
    /// <summary>The logs and the task type each stands for.</summary>
    public static readonly (string Type, string File, string Format)[] Sources =
    [
        ("StudentRecord", "StudentRecord_segmented.csv", "actionlogger"),
        ("Reimbursement", "Reimbursement_segmented.csv", "actionlogger"),
        ("cpn log3", "cpn/log3_segmented.csv", "cpn"),
        ("cpn log5", "cpn/log5_segmented.csv", "cpn"),
        ("cpn log6", "cpn/log6_segmented.csv", "cpn"),
        ("cpn log7", "cpn/log7_segmented.csv", "cpn"),
    ];

    public static List<TaskInstanceSample> Read(string folder)
    {
        var samples = new List<TaskInstanceSample>();
        foreach (var (type, file, format) in Sources)
        {
            var events = LogReaders.Open(Path.Combine(folder, file), format).ToList();
            // Instances in order of their first event; the pause before each is measured from the previous event
            // of the recording.
            var groups = new List<(string Id, List<UiEvent> Events, TimeSpan? Lead)>();
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            UiEvent? previous = null;
            foreach (var e in events)
            {
                var id = e.Attrs?.GetValueOrDefault("caseID") ?? "";
                if (!index.TryGetValue(id, out var g))
                {
                    TimeSpan? lead = previous?.Ts is { } p && e.Ts is { } t ? TimeSpan.FromTicks((t - p) * 10) : null;
                    index[id] = g = groups.Count;
                    groups.Add((id, [], lead));
                }
                groups[g].Events.Add(e);
                previous = e;
            }
            samples.AddRange(groups.Select(g => new TaskInstanceSample(type, g.Id, g.Events, g.Lead)));
        }
        return samples;
    }
}
