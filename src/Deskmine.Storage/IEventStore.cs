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

    /// <summary>
    /// Appends the events of <paramref name="events"/> whose <see cref="UiEvent.Id"/> is not stored yet (the first
    /// of repeated ids within the batch), in one batch like <see cref="Append"/>; returns how many were stored.
    /// This is how ingest stays idempotent: a replayed batch stores nothing twice.
    /// </summary>
    /// <remarks>The default implementation reads every stored id; engines override it with a join.</remarks>
    long AppendNew(IReadOnlyCollection<UiEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var known = ReadEvents().Select(e => e.Id).ToHashSet();
        return Append(events.Where(e => known.Add(e.Id)).ToList());
    }

    /// <summary>The ids of <paramref name="ids"/> that are stored already (a group committer's duplicate check).</summary>
    /// <remarks>The default implementation reads every stored id; engines override it with a join.</remarks>
    IReadOnlySet<Guid> KnownIds(IReadOnlyCollection<Guid> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var wanted = ids.ToHashSet();
        return ReadEvents().Select(e => e.Id).Where(wanted.Contains).ToHashSet();
    }

    /// <summary>Every stored event id, in no particular order (to seed an in-memory duplicate filter).</summary>
    IEnumerable<Guid> ReadIds() => ReadEvents().Select(e => e.Id);

    /// <summary>
    /// Per session: how many events, the first and last sequence number and the missing ranges of
    /// <see cref="UiEvent.Seq"/> (numbering starts at 0), so a server can prove nothing was lost.
    /// </summary>
    IReadOnlyList<SessionSequence> ReadSessions() => SessionSequence.From(ReadEvents().Select(e => (e.Session, e.Seq)));

    /// <summary>Appends ground-truth records (simulated data, labelled logs).</summary>
    long AppendTruth(IEnumerable<TruthRecord> truth);

    /// <summary>Number of stored events.</summary>
    long Count();

    /// <summary>Reads all events back, in stored order (session, seq / import order).</summary>
    IEnumerable<UiEvent> ReadEvents();

    /// <summary>
    /// Reads the events one person at a time (people in ordinal order, each person's events by time and then stored
    /// order; see <see cref="EventPersons.Streams"/>), so a caller holds one person's events at once. Each list is
    /// complete before it is returned. Do not write to the store while enumerating.
    /// </summary>
    /// <remarks>The default implementation reads every event and groups them in memory; engines override it.</remarks>
    IEnumerable<PersonEvents> ReadEventsByPerson() => ReadEventsByPersonInMemory();

    /// <summary>
    /// What <see cref="ReadEventsByPerson"/> gives (same people, same order), with each event holding only what activity
    /// recognition reads: <see cref="UiEvent.Id"/>, <see cref="UiEvent.Session"/>, <see cref="UiEvent.Ts"/>,
    /// <see cref="UiEvent.User"/>, <see cref="UiEvent.Source"/>, <see cref="UiEvent.Kind"/>, <see cref="UiEvent.App"/>,
    /// <see cref="UiEvent.Window"/>, <see cref="UiEvent.Url"/>, the target's role, name and id, <see cref="UiEvent.Value"/>,
    /// <see cref="UiEvent.Activity"/> and of <see cref="UiEvent.Attrs"/> only <paramref name="attributeKeys"/> (<c>null</c>
    /// when it has none of them). Other fields may be left at their defaults. Do not write to the store while enumerating.
    /// </summary>
    /// <remarks>The default implementation gives the full events of <see cref="ReadEventsByPerson"/>; engines override it
    /// to read fewer columns and hold less per event.</remarks>
    IEnumerable<PersonEvents> ReadEventsForRecognition(IReadOnlyCollection<string> attributeKeys) => ReadEventsByPerson();

    /// <summary>What <see cref="ReadEventsByPerson"/> gives, grouped in memory from <see cref="ReadEvents"/>.</summary>
    internal IEnumerable<PersonEvents> ReadEventsByPersonInMemory()
    {
        var events = ReadEvents().ToList();
        return EventPersons.Streams(events).Select(p => new PersonEvents(p.Person, [.. p.Order.Select(i => events[i])]));
    }

    /// <summary>Reads the ground truth.</summary>
    IEnumerable<TruthRecord> ReadTruth();

    /// <summary>Reads the events as a columnar log for mining, with the query's case notion and classifier.</summary>
    EventLog ReadLog(LogQuery query);

    /// <summary>Replaces every derived record of <paramref name="run"/> with <paramref name="records"/>, atomically.</summary>
    long ReplaceDerived(string run, IEnumerable<DerivedRecord> records);

    /// <summary>
    /// Replaces every derived record of <paramref name="run"/> with those <paramref name="derived"/> numbers, atomically;
    /// <see cref="ReadDerived"/> reads them as records. The default implementation stores <see cref="DerivedRun.Records"/>.
    /// </summary>
    long ReplaceDerived(string run, DerivedRun derived)
    {
        ArgumentNullException.ThrowIfNull(derived);
        return ReplaceDerived(run, derived.Records());
    }

    /// <summary>Reads the derived records of <paramref name="run"/> in the order they were stored.</summary>
    IReadOnlyList<DerivedRecord> ReadDerived(string run);

    /// <summary>Stores (or replaces) a JSON document under <paramref name="key"/>: maps, reports, settings of a run.</summary>
    void PutResult(string key, string json);

    /// <summary>
    /// Stores (or replaces) a JSON document given in UTF-8 under <paramref name="key"/>, as <see cref="PutResult"/>
    /// does: for documents of hundreds of megabytes, whose UTF-16 copy would cost twice their size again.
    /// </summary>
    /// <remarks>The default implementation decodes the bytes and calls <see cref="PutResult"/>.</remarks>
    void PutResultUtf8(string key, ReadOnlySpan<byte> json) => PutResult(key, System.Text.Encoding.UTF8.GetString(json));

    /// <summary>The JSON document stored under <paramref name="key"/>, or <c>null</c>.</summary>
    string? GetResult(string key);

    /// <summary>
    /// Stores (or replaces) a result made of many small rows, each an item and its value (the step name of every action
    /// label of a run: over a million rows at 10 M events), under <paramref name="key"/>. The rows are taken one at a
    /// time, so a store can keep them as rows instead of one document that is held whole while it is written.
    /// </summary>
    /// <remarks>
    /// The default implementation stores the rows as one JSON object (item → value) through <see cref="PutResultUtf8"/>,
    /// which <see cref="GetResultRows"/> reads back.
    /// </remarks>
    void PutResultRows(string key, IEnumerable<KeyValuePair<string, string>> rows) =>
        PutResultUtf8(key, ResultRowsJson.Write(rows).WrittenSpan);

    /// <summary>
    /// The rows stored under <paramref name="key"/> by <see cref="PutResultRows"/> (item → value), or a JSON object of
    /// strings stored under it as a document; <c>null</c> when there is neither. An empty set of rows may read as
    /// <c>null</c>.
    /// </summary>
    /// <exception cref="System.Text.Json.JsonException">The document under the key is not a JSON object of strings.</exception>
    IReadOnlyDictionary<string, string>? GetResultRows(string key) =>
        GetResult(key) is { } json ? ResultRowsJson.Read(json) : null;

    /// <summary>
    /// Retention: deletes the events older than <paramref name="timestamp"/> (microseconds since the Unix epoch) with
    /// their attributes, ground truth and derived records; returns how many events went. The one exception to
    /// "events are never rewritten", made on an administrator's request.
    /// </summary>
    long RemoveBefore(long timestamp) => throw new NotSupportedException("This store cannot delete events.");

    /// <summary>
    /// Erasure: deletes every event of the pseudonym <paramref name="user"/> with its attributes, ground truth and
    /// derived records, and the pseudonym itself; returns how many events went.
    /// </summary>
    long RemoveUser(string user) => throw new NotSupportedException("This store cannot delete events.");
}
