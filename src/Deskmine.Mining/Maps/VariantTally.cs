namespace Deskmine.Mining.Maps;

/// <summary>Running totals of one variant while scanning: where it was first seen, how many cases, their durations.</summary>
internal sealed class VariantTally(CaseSpan span, int firstCase)
{
    public CaseSpan Span { get; } = span;
    public int FirstCase { get; } = firstCase;
    public int Count { get; private set; }
    public int Timed { get; private set; }
    public double SumMicros { get; private set; }

    public void Add(long durationMicros)
    {
        Count++;
        if (durationMicros != Deskmine.Core.Logs.EventLog.NoTimestamp)
        {
            Timed++;
            SumMicros += durationMicros;
        }
    }

    public void Merge(VariantTally other)
    {
        Count += other.Count;
        Timed += other.Timed;
        SumMicros += other.SumMicros;
    }
}
