using System.Globalization;
using Deskmine.Core.Events;
using Microsoft.Data.Sqlite;

namespace Deskmine.Capture.Spool;

/// <summary>
/// The agent's on-disk queue of redacted events: one SQLite file in WAL mode. Every stored event gets this
/// spool's <see cref="Session"/> and the next gap-free <c>seq</c> in the same transaction that stores it, so a
/// killed process loses nothing it committed and leaves no hole in the numbering. Event ids are unique: a
/// replayed event is ignored and counted. Bounded by <see cref="SpoolOptions.MaxEvents"/> and
/// <see cref="SpoolOptions.MaxBytes"/>; when full, acknowledged events are pruned first, then
/// <see cref="SpoolOptions.WhenFull"/> decides. Thread-safe (one connection behind a lock); several processes
/// may open the same file, each with its own session.
/// </summary>
public sealed partial class SqliteSpool : IEventSink, IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SpoolOptions _options;
    private readonly Lock _gate = new();
    private long _nextSeq;

    private SqliteSpool(SqliteConnection connection, string path, SpoolOptions options, string session, long nextSeq)
    {
        _connection = connection;
        _options = options;
        Path = path;
        Session = session;
        _nextSeq = nextSeq;
    }

    /// <summary>Full path of the SQLite file.</summary>
    public string Path { get; }

    /// <summary>The session every event appended through this instance is stamped with.</summary>
    public string Session { get; }

    /// <summary>Opens (creating if needed) the spool in <paramref name="directory"/> and starts or resumes a session.</summary>
    public static SqliteSpool Open(string directory, SpoolOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        options ??= new SpoolOptions();
        options.Validate();
        Directory.CreateDirectory(directory);
        var path = System.IO.Path.GetFullPath(System.IO.Path.Combine(directory, SpoolOptions.FileName));
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString());
        try
        {
            connection.Open();
            Execute(connection, "PRAGMA journal_mode=WAL;");
            Execute(connection, options.FlushEachCommit ? "PRAGMA synchronous=FULL;" : "PRAGMA synchronous=NORMAL;");
            Execute(connection, "PRAGMA busy_timeout=30000;");
            using (var tx = connection.BeginTransaction(deferred: false))
            {
                Execute(connection, SpoolSql.CreateTables, tx);
                tx.Commit();
            }
            var session = options.Session ?? Guid.CreateVersion7(options.TimeProvider.GetUtcNow()).ToString();
            long nextSeq;
            using (var tx = connection.BeginTransaction(deferred: false))
            {
                using var cmd = Command(connection, tx, "INSERT OR IGNORE INTO sessions (session, opened_at, next_seq) VALUES ($s, $t, 0)");
                cmd.Parameters.AddWithValue("$s", session);
                cmd.Parameters.AddWithValue("$t", options.TimeProvider.GetUtcNow().ToUnixTimeMilliseconds());
                cmd.ExecuteNonQuery();
                using var read = Command(connection, tx, "SELECT next_seq FROM sessions WHERE session = $s");
                read.Parameters.AddWithValue("$s", session);
                nextSeq = Convert.ToInt64(read.ExecuteScalar(), CultureInfo.InvariantCulture);
                tx.Commit();
            }
            return new SqliteSpool(connection, path, options, session, nextSeq);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <inheritdoc/>
    /// <remarks>Same as <see cref="Append"/>; the outcome is in <see cref="Stats"/>.</remarks>
    public void Write(UiEvent e) => Append(e);

    /// <summary>Stores one event (committed when this returns); <c>false</c> when it was a duplicate or refused.</summary>
    public bool Append(UiEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return AppendBatch([e]).Stored == 1;
    }

    /// <summary>
    /// Stores <paramref name="events"/> in one transaction, in order, numbering the stored ones consecutively.
    /// The incoming <c>session</c> and <c>seq</c> are replaced by the spool's.
    /// </summary>
    public SpoolAppendResult AppendBatch(IReadOnlyList<UiEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        lock (_gate)
        {
            using var tx = _connection.BeginTransaction(deferred: false);
            var room = new Room(this, tx);
            using var insert = Command(_connection, tx, SpoolSql.Insert);
            var pId = insert.Parameters.Add("$id", SqliteType.Text);
            var pSession = insert.Parameters.AddWithValue("$session", Session);
            var pSeq = insert.Parameters.Add("$seq", SqliteType.Integer);
            var pBytes = insert.Parameters.Add("$bytes", SqliteType.Integer);
            var pBody = insert.Parameters.Add("$body", SqliteType.Blob);
            int stored = 0, duplicates = 0, refused = 0;
            var seq = _nextSeq;
            foreach (var e in events)
            {
                ArgumentNullException.ThrowIfNull(e, nameof(events));
                var body = UiEventJson.ToUtf8(e with { Session = Session, Seq = seq });
                if (Exists(tx, e.Id))
                {
                    duplicates++;
                    continue;
                }
                if (!room.MakeRoom(body.Length))
                {
                    refused++;
                    continue;
                }
                pId.Value = e.Id.ToString();
                pSeq.Value = seq;
                pBytes.Value = body.Length;
                pBody.Value = body;
                insert.ExecuteNonQuery();
                room.Added(body.Length);
                seq++;
                stored++;
            }
            AddCounter(tx, "duplicates", duplicates);
            AddCounter(tx, "refused_when_full", refused);
            AddCounter(tx, "dropped_when_full", room.Dropped);
            AddCounter(tx, "pruned_uploaded", room.Pruned);
            using (var next = Command(_connection, tx, "UPDATE sessions SET next_seq = $n WHERE session = $s"))
            {
                next.Parameters.AddWithValue("$n", seq);
                next.Parameters.AddWithValue("$s", Session);
                next.ExecuteNonQuery();
            }
            tx.Commit();
            _nextSeq = seq;
            return new SpoolAppendResult(stored, duplicates, refused, room.Dropped);
        }
    }

    /// <summary>Up to <paramref name="max"/> events not yet acknowledged, oldest first.</summary>
    public IReadOnlyList<UiEvent> ReadPending(int max)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        lock (_gate)
            return ReadBodies("SELECT body FROM events WHERE state = 0 ORDER BY n LIMIT " + max.ToString(CultureInfo.InvariantCulture)).ToList();
    }

    /// <summary>Marks events as acknowledged by the server; returns how many pending events changed.</summary>
    public int MarkUploaded(IEnumerable<Guid> ids) => SetState(ids, SpoolSql.Uploaded);

    /// <summary>Marks events the server refused as invalid, so they are never sent again; returns how many changed.</summary>
    public int MarkRejected(IEnumerable<Guid> ids) => SetState(ids, SpoolSql.Rejected);

    /// <summary>Every stored event in the order stored (for <c>deskmine agent show</c>).</summary>
    public IReadOnlyList<UiEvent> ReadAll()
    {
        lock (_gate)
            return ReadBodies("SELECT body FROM events ORDER BY n").ToList();
    }

    /// <summary>The counters and totals.</summary>
    public SpoolStats Stats()
    {
        lock (_gate)
        {
            var counters = new Dictionary<string, long>(StringComparer.Ordinal);
            using (var cmd = Command(_connection, null, "SELECT name, value FROM counters"))
            using (var reader = cmd.ExecuteReader())
            {
                while (reader.Read())
                    counters[reader.GetString(0)] = reader.GetInt64(1);
            }
            var states = new long[3];
            using (var cmd = Command(_connection, null, "SELECT state, count(*) FROM events GROUP BY state"))
            using (var reader = cmd.ExecuteReader())
            {
                while (reader.Read())
                    states[reader.GetInt32(0)] = reader.GetInt64(1);
            }
            return new SpoolStats(Session, _nextSeq, counters["events"], states[SpoolSql.Pending], states[SpoolSql.Uploaded],
                states[SpoolSql.Rejected], counters["bytes"], counters["duplicates"], counters["dropped_when_full"],
                counters["refused_when_full"], counters["pruned_uploaded"]);
        }
    }

    /// <summary>Closes the file.</summary>
    public void Dispose()
    {
        lock (_gate)
            _connection.Dispose();
    }

    private int SetState(IEnumerable<Guid> ids, int state)
    {
        ArgumentNullException.ThrowIfNull(ids);
        lock (_gate)
        {
            using var tx = _connection.BeginTransaction(deferred: false);
            using var cmd = Command(_connection, tx, "UPDATE events SET state = $state WHERE id = $id AND state = 0");
            cmd.Parameters.AddWithValue("$state", state);
            var pId = cmd.Parameters.Add("$id", SqliteType.Text);
            var changed = 0;
            foreach (var id in ids)
            {
                pId.Value = id.ToString();
                changed += cmd.ExecuteNonQuery();
            }
            tx.Commit();
            return changed;
        }
    }

    private bool Exists(SqliteTransaction tx, Guid id)
    {
        using var cmd = Command(_connection, tx, "SELECT 1 FROM events WHERE id = $id");
        cmd.Parameters.AddWithValue("$id", id.ToString());
        return cmd.ExecuteScalar() is not null;
    }

    private IEnumerable<UiEvent> ReadBodies(string sql)
    {
        using var cmd = Command(_connection, null, sql);
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
            yield return UiEventJson.FromUtf8((byte[])reader.GetValue(0));
    }

    private void AddCounter(SqliteTransaction tx, string name, long n)
    {
        if (n == 0)
            return;
        using var cmd = Command(_connection, tx, SpoolSql.Count);
        cmd.Parameters.AddWithValue("$n", n);
        cmd.Parameters.AddWithValue("$name", name);
        cmd.ExecuteNonQuery();
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? tx, string sql)
    {
        var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        return cmd;
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? tx = null)
    {
        using var cmd = Command(connection, tx, sql);
        cmd.ExecuteNonQuery();
    }
}
