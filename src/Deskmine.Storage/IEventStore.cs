using Deskmine.Core.Events;
using Deskmine.Core.Logs;

namespace Deskmine.Storage;

/// <summary>
/// A workspace's event store. Events are appended, never rewritten; derived results and ground truth live in
/// tables beside them.
/// </summary>
public interface IEventStore : IDisposable
{
    /// <summary>Appends events in one transaction-safe batch stream; returns how many were stored.</summary>
    long Append(IEnumerable<UiEvent> events, IProgress<long>? progress = null);

    /// <summary>Appends ground-truth records (simulated data, labelled logs).</summary>
    long AppendTruth(IEnumerable<TruthRecord> truth);

    /// <summary>Number of stored events.</summary>
    long Count();

    /// <summary>Reads all events back, in stored order (session, seq / import order).</summary>
    IEnumerable<UiEvent> ReadEvents();

    /// <summary>Reads the ground truth.</summary>
    IEnumerable<TruthRecord> ReadTruth();

    /// <summary>Reads the events as a columnar log for mining, with the query's case notion and classifier.</summary>
    EventLog ReadLog(LogQuery query);
}
