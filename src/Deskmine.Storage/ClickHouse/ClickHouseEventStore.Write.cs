using Deskmine.Core.Events;
using Deskmine.Storage.Workspaces;

namespace Deskmine.Storage.ClickHouse;

internal sealed partial class ClickHouseEventStore
{
    /// <summary>
    /// Appends in RowBinary batches through the <c>Distributed</c> table (synchronously, so the rows are on their
    /// shards when it returns). Row numbers continue the stored ones; one writer at a time (the workspace lock).
    /// </summary>
    public long Append(IEnumerable<UiEvent> events, IProgress<long>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(events);
        Changed();
        var next = _server.Int64($"SELECT if(count() = 0, 0, max(row_no) + 1) FROM {Events}");
        var columns = ClickHouseSql.EventColumns.Select(c => c.Name).ToArray();
        long stored = 0;
        using var buffer = new MemoryStream();
        using var writer = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true);
        var inBatch = 0;
        foreach (var e in events)
        {
            RowBinary.WriteEvent(writer, next + stored, e);
            stored++;
            if (++inBatch == AppendBatch)
            {
                Flush();
                progress?.Report(stored);
            }
        }
        Flush();
        progress?.Report(stored);
        return stored;

        void Flush()
        {
            if (inBatch == 0)
                return;
            writer.Flush();
            buffer.Position = 0;
            _server.Insert(Events, columns, buffer, _cluster is null ? null : ClickHouseSql.SyncInsert);
            buffer.SetLength(0);
            inBatch = 0;
        }
    }

    /// <summary>Appends the events whose ids are not stored yet (the first of repeated ids in the batch).</summary>
    public long AppendNew(IReadOnlyCollection<UiEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count == 0)
            return 0;
        var known = new HashSet<Guid>();
        foreach (var chunk in events.Select(e => e.Id).Distinct().Chunk(5_000))
        {
            var list = string.Join(", ", chunk.Select(id => ClickHouseSql.Literal(Hex(id))));
            foreach (var row in _server.Rows($"SELECT hex(id) FROM {Events} WHERE hex(id) IN ({list})"))
                known.Add(FromHex(row[0]));
        }
        return Append(events.Where(e => known.Add(e.Id)).ToList());
    }

    /// <inheritdoc/>
    public long AppendTruth(IEnumerable<TruthRecord> truth)
    {
        ArgumentNullException.ThrowIfNull(truth);
        Changed();
        using var buffer = new MemoryStream();
        using (var w = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            Span<byte> id = stackalloc byte[16];
            long n = 0;
            foreach (var t in truth)
            {
                t.EventId.TryWriteBytes(id);
                w.Write(id);
                w.Write(t.TaskType);
                w.Write(t.TaskInstance);
                w.Write(t.Step);
                n++;
            }
            if (n == 0)
                return 0;
            w.Flush();
            buffer.Position = 0;
            _server.Insert($"{_db}.truth", ["event_id", "task_type", "task_instance", "step"], buffer);
            return n;
        }
    }

    /// <summary>Stores the records as a new generation of <paramref name="run"/>; reads see only the newest one.</summary>
    public long ReplaceDerived(string run, IEnumerable<DerivedRecord> records)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(records);
        Changed();
        var gen = _server.Int64($"SELECT if(count() = 0, 1, max(gen) + 1) FROM {_db}.derived WHERE run = {ClickHouseSql.Literal(run)}");
        using var buffer = new MemoryStream();
        long n = 0;
        using (var w = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            Span<byte> id = stackalloc byte[16];
            foreach (var r in records)
            {
                w.Write(run);
                w.Write((ulong)gen);
                w.Write((ulong)n++);
                r.EventId.TryWriteBytes(id);
                w.Write(id);
                RowBinary.Nullable(w, r.Segment);
                RowBinary.Nullable(w, r.TaskType);
                RowBinary.Nullable(w, r.CaseId);
                RowBinary.Nullable(w, r.Label);
            }
            // An empty run still needs a generation, so that it hides the older records: a marker row with no event.
            if (n == 0)
            {
                w.Write(run);
                w.Write((ulong)gen);
                w.Write(ulong.MaxValue);
                w.Write(new byte[16]);
                for (var i = 0; i < 4; i++)
                    w.Write((byte)1);
            }
        }
        buffer.Position = 0;
        _server.Insert($"{_db}.derived", ["run", "gen", "ord", "event_id", "segment", "task_type", "case_id", "label"], buffer);
        // Older generations are never read again; the delete runs in the background (a mutation).
        _server.Execute($"ALTER TABLE {_db}.derived DELETE WHERE run = {ClickHouseSql.Literal(run)} AND gen < {Number(gen)}");
        return n;
    }

    /// <inheritdoc/>
    public void PutResult(string key, string json)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(json);
        var gen = _server.Int64($"SELECT if(count() = 0, 1, max(gen) + 1) FROM {_db}.results WHERE key = {ClickHouseSql.Literal(key)}");
        using var buffer = new MemoryStream();
        using (var w = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            w.Write(key);
            w.Write((ulong)gen);
            w.Write(json);
        }
        buffer.Position = 0;
        _server.Insert($"{_db}.results", ["key", "gen", "json"], buffer);
    }
}
