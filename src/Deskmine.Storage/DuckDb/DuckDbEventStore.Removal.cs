using System.Globalization;

namespace Deskmine.Storage.DuckDb;

internal sealed partial class DuckDbEventStore
{
    /// <inheritdoc/>
    public long RemoveBefore(long timestamp)
    {
        ThrowIfReadOnly();
        return Remove("SELECT row_no, id FROM events WHERE ts < ?", timestamp);
    }

    /// <inheritdoc/>
    public long RemoveUser(string user)
    {
        ArgumentException.ThrowIfNullOrEmpty(user);
        ThrowIfReadOnly();
        var removed = Remove("SELECT row_no, id FROM events WHERE user_code IN (SELECT code FROM names WHERE name = ?)", user);
        // The pseudonym's text goes too, unless another field of a remaining event still uses it. The dictionary must
        // stay dense (codes 0..n-1), so its entry is overwritten with a text that names nobody, not deleted.
        var uses = string.Join(" OR ", DuckDbSchema.CodedFields.Select(f => $"EXISTS (SELECT 1 FROM events WHERE {f}_code = n.code)"));
        Execute($"UPDATE names n SET name = '(erased ' || CAST(n.code AS VARCHAR) || ')' WHERE n.name = ? AND NOT ({uses})", user);
        LoadDictionaries();
        return removed;
    }

    /// <summary>Deletes the events <paramref name="select"/> names (row_no, id) with their attributes, truth and derived rows, in one transaction.</summary>
    private long Remove(string select, object parameter)
    {
        using var tx = _connection.BeginTransaction();
        Execute("CREATE OR REPLACE TEMP TABLE removal AS " + select, parameter);
        var count = Convert.ToInt64(Scalar("SELECT count(*) FROM removal"), CultureInfo.InvariantCulture);
        Execute("DELETE FROM event_attrs WHERE row_no IN (SELECT row_no FROM removal)");
        Execute("DELETE FROM derived_events WHERE event_id IN (SELECT id FROM removal)");
        // A segment or label no remaining event has goes with them: its texts came from the removed events.
        Execute("DELETE FROM derived_segments s WHERE NOT EXISTS (SELECT 1 FROM derived_events e WHERE e.run_no = s.run_no AND e.segment_no = s.segment_no)");
        Execute("DELETE FROM derived_labels l WHERE NOT EXISTS (SELECT 1 FROM derived_events e WHERE e.run_no = l.run_no AND e.label_no = l.label_no)");
        Execute("DELETE FROM truth WHERE event_id IN (SELECT id FROM removal)");
        Execute("DELETE FROM events WHERE row_no IN (SELECT row_no FROM removal)");
        Execute("DROP TABLE removal");
        tx.Commit();
        return count;
    }
}
