using System.Runtime.CompilerServices;
using System.Text;

namespace Deskmine.Storage.DuckDb;

/// <summary>
/// One dictionary table of the store (<c>cases</c>, <c>activities</c>, <c>names</c>) mirrored in memory: dense
/// codes in order of first appearance. Codes handed out by a batch that rolls back are forgotten again.
/// </summary>
/// <remarks>
/// What is loaded from the file is kept as UTF-8 in large shared blocks, and a text is made into a string the first
/// time its code is read (<see cref="Name"/>; one instance per code from then on). At 10 M events a workspace's names
/// ran to 1.1 M texts of 46 characters on average: as strings 125 MB in every command that opens the workspace, half
/// of it as UTF-8. A reader that wants a text without keeping it for the run (the recognition read, one person at a
/// time) takes <see cref="NewName"/>.
/// </remarks>
internal sealed class CodeDictionary(string table)
{
    private const int CacheSlots = 16;
    private const int BlockSize = 1 << 20;
    // Made on the first look-up by text: reading (the recognition read, maps, exports) needs codes to texts only, and
    // at 10 M events a workspace's names ran to millions (hundreds of MB as a dictionary, in every command that opens it).
    private Dictionary<string, int>? _codes;
    // Per code its string once made (every code handed out by Code has one), and for the codes loaded from the file
    // where their UTF-8 is: block << 32 | offset, and its length.
    private string?[] _strings = new string?[16];
    private long[] _where = [];
    private int[] _length = [];
    private readonly List<byte[]> _blocks = [];
    private int _used;
    private readonly string?[] _cachedNames = new string?[CacheSlots];
    private readonly int[] _cachedCodes = new int[CacheSlots];
    private int _stored;

    /// <summary>The table holding the dictionary.</summary>
    public string Table { get; } = table;

    /// <summary>Number of codes handed out.</summary>
    public int Count { get; private set; }

    /// <summary>The code of <paramref name="name"/>, handing out the next one when it is new.</summary>
    public int Code(string name)
    {
        // An import hands the same string instances again and again (its session, source and kind, pooled case ids
        // and activities): a look-up by reference saves hashing the text, most of this method's cost per event.
        var slot = RuntimeHelpers.GetHashCode(name) & (CacheSlots - 1);
        if (ReferenceEquals(_cachedNames[slot], name))
            return _cachedCodes[slot];
        var codes = Codes();
        if (!codes.TryGetValue(name, out var code))
        {
            code = Count;
            codes.Add(name, code);
            if (code == _strings.Length)
                Array.Resize(ref _strings, code * 2);
            _strings[code] = name;
            Count++;
        }
        _cachedNames[slot] = name;
        _cachedCodes[slot] = code;
        return code;
    }

    /// <summary>The text of <paramref name="code"/>; every read of one code returns the same string instance.</summary>
    /// <remarks>Safe to call from several threads at once while no code is handed out.</remarks>
    public string Name(int code)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)code, (uint)Count, nameof(code));
        return _strings[code] ?? Interlocked.CompareExchange(ref _strings[code], Decode(code), null) ?? _strings[code]!;
    }

    /// <summary>The text of <paramref name="code"/> as a string of its own unless one was made before; nothing is kept.</summary>
    /// <remarks>Safe to call from several threads at once while no code is handed out.</remarks>
    public string NewName(int code)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)code, (uint)Count, nameof(code));
        return _strings[code] ?? Decode(code);
    }

    /// <summary>The code of <paramref name="name"/>, or <c>null</c> for a missing value.</summary>
    public int? CodeOrNull(string? name) => name is null ? null : Code(name);

    /// <summary>Reads the table, checking that its codes are dense.</summary>
    public void Load(DuckDB.NET.Data.DuckDBConnection connection, string path)
    {
        Array.Clear(_cachedNames);
        _codes = null;
        _blocks.Clear();
        _used = 0;
        var count = 0;
        using (var counting = connection.CreateCommand())
        {
            counting.CommandText = $"SELECT count(*) FROM {Table}";
            count = Convert.ToInt32(counting.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }
        _strings = new string?[Math.Max(count, 16)];
        _where = new long[count];
        _length = new int[count];
        Count = 0;
        using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT code, name FROM {Table} ORDER BY code";
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            var code = reader.GetInt32(0);
            if (code != Count || code >= count)
                throw new InvalidOperationException($"{path}: dictionary {Table} is not dense (found code {code}, expected {Count}); the workspace is damaged.");
            Store(code, reader.GetString(1));
            Count++;
        }
        _stored = Count;
    }

    private Dictionary<string, int> Codes()
    {
        if (_codes is null)
        {
            _codes = new Dictionary<string, int>(Count, StringComparer.Ordinal);
            for (var i = 0; i < Count; i++)
                _codes[Name(i)] = i;
        }
        return _codes;
    }

    /// <summary>Writes the codes handed out since the last save, inside the caller's transaction.</summary>
    public void SaveNew(DuckDB.NET.Data.DuckDBConnection connection)
    {
        if (_stored == Count)
            return;
        using var appender = connection.CreateAppender(Table);
        for (var i = _stored; i < Count; i++)
            appender.CreateRow().AppendValue(i).AppendValue(_strings[i]).EndRow();
        appender.Close();
    }

    /// <summary>Marks the saved codes as committed.</summary>
    public void Committed() => _stored = Count;

    /// <summary>Forgets the codes handed out since the last commit (the batch rolled back).</summary>
    public void RollBack()
    {
        Array.Clear(_cachedNames);
        for (var i = _stored; i < Count; i++)
        {
            _codes?.Remove(_strings[i]!);
            _strings[i] = null;
        }
        Count = _stored;
    }

    // A loaded text goes into the blocks as UTF-8 (texts from the file are valid UTF-8, so they read back the same).
    private void Store(int code, string name)
    {
        var bytes = Encoding.UTF8.GetByteCount(name);
        if (_blocks.Count == 0 || _used + bytes > _blocks[^1].Length)
        {
            _blocks.Add(GC.AllocateUninitializedArray<byte>(Math.Max(BlockSize, bytes)));
            _used = 0;
        }
        Encoding.UTF8.GetBytes(name, _blocks[^1].AsSpan(_used));
        _where[code] = ((long)(_blocks.Count - 1) << 32) | (uint)_used;
        _length[code] = bytes;
        _used += bytes;
    }

    private string Decode(int code)
    {
        // Codes past the loaded ones were handed out by Code, which keeps their strings.
        if (code >= _where.Length)
            throw new InvalidOperationException($"Dictionary {Table} has no text for code {code}.");
        var where = _where[code];
        return Encoding.UTF8.GetString(_blocks[(int)(where >> 32)].AsSpan((int)where, _length[code]));
    }
}
