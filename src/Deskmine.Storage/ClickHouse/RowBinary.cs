using Deskmine.Core.Events;

namespace Deskmine.Storage.ClickHouse;

/// <summary>
/// ClickHouse's RowBinary encoding of <see cref="ClickHouseSql.EventColumns"/>: little-endian numbers, strings as a
/// LEB128 length and UTF-8 bytes (what <see cref="BinaryWriter.Write(string)"/> writes), Nullable as a flag byte
/// (1 = NULL) before the value, arrays as a LEB128 count before the items. Supported by every server version.
/// </summary>
internal static class RowBinary
{
    /// <summary>Writes one event as a row of <c>events_local</c>.</summary>
    public static void WriteEvent(BinaryWriter w, long rowNo, UiEvent e)
    {
        w.Write((ulong)rowNo);
        Span<byte> id = stackalloc byte[16];
        e.Id.TryWriteBytes(id);
        w.Write(id);
        w.Write(e.Session);
        w.Write(e.Seq);
        Nullable(w, e.Ts);
        Nullable(w, e.Duration);
        Nullable(w, e.User);
        Nullable(w, e.Machine);
        Nullable(w, e.Team);
        w.Write(e.Source);
        w.Write(e.Kind);
        Nullable(w, e.App);
        Nullable(w, e.Window);
        Nullable(w, e.Url);
        Nullable(w, e.TargetRole);
        Nullable(w, e.TargetName);
        Nullable(w, e.TargetId);
        Nullable(w, e.TargetPath);
        Nullable(w, e.X);
        Nullable(w, e.Y);
        Nullable(w, e.Value);
        Nullable(w, e.ValueHash);
        var attrs = e.Attrs is null ? [] : e.Attrs.OrderBy(p => p.Key, StringComparer.Ordinal).ToArray();
        w.Write7BitEncodedInt(attrs.Length);
        foreach (var (key, _) in attrs)
            w.Write(key);
        w.Write7BitEncodedInt(attrs.Length);
        foreach (var (_, value) in attrs)
            w.Write(value);
        Nullable(w, e.CaseId);
        Nullable(w, e.Activity);
        Nullable(w, e.SourceRow);
    }

    /// <summary>Reads one row of <c>events_local</c> (all columns in order) back into an event; an empty attribute map reads as <c>null</c>.</summary>
    public static UiEvent ReadEvent(BinaryReader r)
    {
        r.ReadUInt64();
        var id = new Guid(r.ReadBytes(16));
        var session = r.ReadString();
        var seq = r.ReadInt64();
        var ts = NullableInt64(r);
        var duration = NullableInt64(r);
        var user = NullableString(r);
        var machine = NullableString(r);
        var team = NullableString(r);
        var source = r.ReadString();
        var kind = r.ReadString();
        var app = NullableString(r);
        var window = NullableString(r);
        var url = NullableString(r);
        var role = NullableString(r);
        var name = NullableString(r);
        var targetId = NullableString(r);
        var path = NullableString(r);
        int? x = r.ReadByte() == 1 ? null : r.ReadInt32();
        int? y = r.ReadByte() == 1 ? null : r.ReadInt32();
        var value = NullableString(r);
        var hash = NullableString(r);
        var keys = new string[r.Read7BitEncodedInt()];
        for (var i = 0; i < keys.Length; i++)
            keys[i] = r.ReadString();
        var values = new string[r.Read7BitEncodedInt()];
        for (var i = 0; i < values.Length; i++)
            values[i] = r.ReadString();
        Dictionary<string, string>? attrs = null;
        if (keys.Length > 0)
        {
            attrs = new Dictionary<string, string>(keys.Length, StringComparer.Ordinal);
            for (var i = 0; i < keys.Length; i++)
                attrs[keys[i]] = values[i];
        }
        return new UiEvent
        {
            Id = id, Session = session, Seq = seq, Ts = ts, Duration = duration, User = user, Machine = machine, Team = team,
            Source = source, Kind = kind, App = app, Window = window, Url = url, TargetRole = role, TargetName = name,
            TargetId = targetId, TargetPath = path, X = x, Y = y, Value = value, ValueHash = hash, Attrs = attrs,
            CaseId = NullableString(r), Activity = NullableString(r), SourceRow = NullableInt64(r),
        };
    }

    public static void Nullable(BinaryWriter w, string? value)
    {
        w.Write((byte)(value is null ? 1 : 0));
        if (value is not null)
            w.Write(value);
    }

    public static void Nullable(BinaryWriter w, long? value)
    {
        w.Write((byte)(value is null ? 1 : 0));
        if (value is { } v)
            w.Write(v);
    }

    public static void Nullable(BinaryWriter w, int? value)
    {
        w.Write((byte)(value is null ? 1 : 0));
        if (value is { } v)
            w.Write(v);
    }

    public static string? NullableString(BinaryReader r) => r.ReadByte() == 1 ? null : r.ReadString();

    public static long? NullableInt64(BinaryReader r) => r.ReadByte() == 1 ? null : r.ReadInt64();
}
