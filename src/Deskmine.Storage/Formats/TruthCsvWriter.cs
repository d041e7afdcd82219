using System.Text;
using Deskmine.Core.Events;
using nietras.SeparatedValues;

namespace Deskmine.Storage.Formats;

/// <summary>Writes ground truth as CSV: <c>event_id,task_type,task_instance,step</c>, one row per event.</summary>
public static class TruthCsvWriter
{
    /// <summary>The columns, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["event_id", "task_type", "task_instance", "step"];

    /// <summary>Writes <paramref name="truth"/> to a new UTF-8 file; returns the number of rows.</summary>
    public static long Write(IEnumerable<TruthRecord> truth, string path)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(path);
        using var text = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16);
        return Write(truth, text);
    }

    /// <summary>Writes <paramref name="truth"/> to <paramref name="text"/> (left open); returns the number of rows.</summary>
    public static long Write(IEnumerable<TruthRecord> truth, TextWriter text)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(text);
        using var csv = Sep.New(',').Writer(o => o with { Escape = true, WriteHeader = true }).To(text, leaveOpen: true);
        csv.Header.Add(Columns);
        csv.Header.Write();
        long count = 0;
        foreach (var t in truth)
        {
            using var row = csv.NewRow();
            row[0].Set(t.EventId.ToString());
            row[1].Set(t.TaskType);
            row[2].Set(t.TaskInstance);
            row[3].Set(t.Step);
            count++;
        }
        return count;
    }
}
