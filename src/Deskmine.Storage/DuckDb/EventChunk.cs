using Deskmine.Core.Events;
using DuckDB.NET.Native;

namespace Deskmine.Storage.DuckDb;

/// <summary>
/// One DuckDB data chunk of <c>events</c> rows (<see cref="NativeChunk"/>), with the <c>event_attrs</c> rows of the same
/// events beside it; appended by <see cref="EventChunkWriter"/>.
/// </summary>
internal sealed class EventChunk(DuckDBDataChunk chunk, int capacity) : NativeChunk(chunk, ColumnCount, capacity)
{
    // Column positions in DuckDbSchema.EventColumns.
    private const int RowNo = 0, Id = 1, Session = 2, Seq = 3, Ts = 4, Duration = 5, User = 6, Machine = 7, Team = 8,
        Source = 9, Kind = 10, App = 11, Window = 12, Url = 13, TargetRole = 14, TargetName = 15, TargetId = 16,
        TargetPath = 17, X = 18, Y = 19, Value = 20, ValueHash = 21, CaseCode = 22, ActivityCode = 23, SourceRow = 24;

    /// <summary>Columns of <c>events</c>.</summary>
    public const int ColumnCount = 25;

    /// <summary>The <c>event_attrs</c> rows (row number, key, value) of the events in this chunk.</summary>
    public List<(long RowNo, string Key, string Value)> Attrs { get; } = [];

    /// <summary>Writes one event; the caller has checked its required fields and that the chunk is not full.</summary>
    public void Write(long rowNo, UiEvent e, int? caseCode, int? activityCode, CodeDictionary names)
    {
        SetInt64(RowNo, rowNo);
        SetGuid(Id, e.Id);
        SetInt32(Session, names.Code(e.Session));
        SetInt64(Seq, e.Seq);
        SetInt64(Ts, e.Ts);
        SetInt64(Duration, e.Duration);
        SetInt32(User, names.CodeOrNull(e.User));
        SetInt32(Machine, names.CodeOrNull(e.Machine));
        SetInt32(Team, names.CodeOrNull(e.Team));
        SetInt32(Source, names.Code(e.Source));
        SetInt32(Kind, names.Code(e.Kind));
        SetInt32(App, names.CodeOrNull(e.App));
        SetInt32(Window, names.CodeOrNull(e.Window));
        SetInt32(Url, names.CodeOrNull(e.Url));
        SetInt32(TargetRole, names.CodeOrNull(e.TargetRole));
        SetInt32(TargetName, names.CodeOrNull(e.TargetName));
        SetInt32(TargetId, names.CodeOrNull(e.TargetId));
        SetInt32(TargetPath, names.CodeOrNull(e.TargetPath));
        SetInt32(X, e.X);
        SetInt32(Y, e.Y);
        SetString(Value, e.Value);
        SetString(ValueHash, e.ValueHash);
        SetInt32(CaseCode, caseCode);
        SetInt32(ActivityCode, activityCode);
        SetInt64(SourceRow, e.SourceRow);
        if (e.Attrs is { Count: > 0 } map)
        {
            foreach (var (key, value) in map)
                Attrs.Add((rowNo, key, value));
        }
        EndRow();
    }

    /// <inheritdoc/>
    public override void Clear()
    {
        base.Clear();
        Attrs.Clear();
    }
}

