using Microsoft.Data.Sqlite;

namespace Deskmine.Capture.Spool;

public sealed partial class SqliteSpool
{
    /// <summary>
    /// The bound, enforced inside one append transaction: starts from the counters and deletes the oldest
    /// acknowledged events, then (with <see cref="SpoolFullPolicy.DropOldest"/>) the oldest pending ones,
    /// until a new event fits.
    /// </summary>
    private sealed class Room
    {
        private readonly SqliteSpool _spool;
        private readonly SqliteTransaction _tx;
        private long _events;
        private long _bytes;

        public Room(SqliteSpool spool, SqliteTransaction tx)
        {
            _spool = spool;
            _tx = tx;
            using var cmd = Command(spool._connection, tx, "SELECT name, value FROM counters WHERE name IN ('events', 'bytes')");
            using var reader = cmd.ExecuteReader();
            while (reader.Read())
            {
                if (reader.GetString(0) == "events")
                    _events = reader.GetInt64(1);
                else
                    _bytes = reader.GetInt64(1);
            }
        }

        public int Dropped { get; private set; }

        public int Pruned { get; private set; }

        public bool MakeRoom(long size)
        {
            var options = _spool._options;
            if (size > options.MaxBytes)
                return false;
            while (_events + 1 > options.MaxEvents || _bytes + size > options.MaxBytes)
            {
                if (RemoveOldest(SpoolSql.OldestUploaded))
                {
                    Pruned++;
                    continue;
                }
                if (options.WhenFull == SpoolFullPolicy.RefuseNew || !RemoveOldest(SpoolSql.OldestPending))
                    return false;
                Dropped++;
            }
            return true;
        }

        public void Added(long size)
        {
            _events++;
            _bytes += size;
        }

        private bool RemoveOldest(string select)
        {
            long n, bytes;
            using (var cmd = Command(_spool._connection, _tx, select))
            using (var reader = cmd.ExecuteReader())
            {
                if (!reader.Read())
                    return false;
                n = reader.GetInt64(0);
                bytes = reader.GetInt64(1);
            }
            using (var delete = Command(_spool._connection, _tx, SpoolSql.DeleteRow))
            {
                delete.Parameters.AddWithValue("$n", n);
                delete.ExecuteNonQuery();
            }
            _events--;
            _bytes -= bytes;
            return true;
        }
    }
}
