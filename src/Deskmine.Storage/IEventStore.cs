using Deskmine.Core.Events;
using Deskmine.Core.Logs;
using Deskmine.Storage.Workspaces;

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

    /// <summary>Replaces every derived record of <paramref name="run"/> with <paramref name="records"/>, atomically.</summary>
    long ReplaceDerived(string run, IEnumerable<DerivedRecord> records);

    /// <summary>Reads the derived records of <paramref name="run"/> in the order they were stored.</summary>
    IReadOnlyList<DerivedRecord> ReadDerived(string run);

    /// <summary>Stores (or replaces) a JSON document under <paramref name="key"/>: maps, reports, settings of a run.</summary>
    void PutResult(string key, string json);

    /// <summary>The JSON document stored under <paramref name="key"/>, or <c>null</c>.</summary>
    string? GetResult(string key);
}
