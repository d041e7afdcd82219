namespace Deskmine.Storage.Workspaces;

/// <summary>
/// A run's derived records given as numbers: per event the number of its segment and of its action label, with the
/// segments and labels those numbers stand for. What a recognition run has in hand: a few hundred thousand segments and
/// a few million distinct labels for ten million events, so a store can keep each text once instead of once per event.
/// </summary>
public sealed class DerivedRun
{
    /// <summary>Per event, in the order to store: its id, segment number and label number (<c>-1</c> for none).</summary>
    public required IEnumerable<DerivedRow> Rows { get; init; }

    /// <summary>The segments the rows' numbers stand for.</summary>
    public required IReadOnlyList<DerivedSegment> Segments { get; init; }

    /// <summary>The action labels the rows' numbers stand for.</summary>
    public required IReadOnlyList<string> Labels { get; init; }

    /// <summary>The rows as one <see cref="DerivedRecord"/> each, for stores that keep the texts per event.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A row's segment or label number is outside its list.</exception>
    public IEnumerable<DerivedRecord> Records()
    {
        foreach (var row in Rows)
        {
            var segment = row.Segment < 0 ? null : Segments[row.Segment];
            yield return new DerivedRecord(row.EventId, segment?.Segment, segment?.TaskType, segment?.CaseId,
                row.Label < 0 ? null : Labels[row.Label]);
        }
    }
}

/// <summary>One event's numbered derived record: indices into <see cref="DerivedRun.Segments"/> and <see cref="DerivedRun.Labels"/>, <c>-1</c> for none.</summary>
public readonly record struct DerivedRow(Guid EventId, int Segment, int Label);

/// <summary>A segment of a derived run: its id, task type and case id.</summary>
public sealed record DerivedSegment(string? Segment, string? TaskType, string? CaseId);
