using System.Runtime.CompilerServices;

namespace Deskmine.Storage.DuckDb;

/// <summary>
/// One dictionary table of the store (<c>cases</c>, <c>activities</c>, <c>names</c>) mirrored in memory: dense
/// codes in order of first appearance. Codes handed out by a batch that rolls back are forgotten again.
/// </summary>
internal sealed class CodeDictionary(string table)
{
    private const int CacheSlots = 16;
    // Made on the first look-up by text: reading (the recognition read, maps, exports) needs codes to texts only, and
    // at 10 M events a workspace's names ran to millions (hundreds of MB as a dictionary, in every command that opens it).
    private Dictionary<string, int>? _codes;
    private readonly List<string> _names = [];
    private readonly string?[] _cachedNames = new string?[CacheSlots];
    private readonly int[] _cachedCodes = new int[CacheSlots];
    private int _stored;

    /// <summary>The table holding the dictionary.</summary>
    public string Table { get; } = table;

    /// <summary>Number of codes handed out.</summary>
    public int Count => _names.Count;

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
            code = _names.Count;
            codes.Add(name, code);
            _names.Add(name);
        }
        _cachedNames[slot] = name;
        _cachedCodes[slot] = code;
        return code;
    }

    /// <summary>The text of <paramref name="code"/>; every read of one code returns the same string instance.</summary>
    public string Name(int code) => _names[code];

    /// <summary>The code of <paramref name="name"/>, or <c>null</c> for a missing value.</summary>
    public int? CodeOrNull(string? name) => name is null ? null : Code(name);

    /// <summary>Reads the table, checking that its codes are dense.</summary>
    public void Load(DuckDB.NET.Data.DuckDBConnection connection, string path)
    {
        Array.Clear(_cachedNames);
        _codes = null;
        _names.Clear();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT code, name FROM {Table} ORDER BY code";
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            var code = reader.GetInt32(0);
            if (code != _names.Count)
                throw new InvalidOperationException($"{path}: dictionary {Table} is not dense (found code {code}, expected {_names.Count}); the workspace is damaged.");
            _names.Add(reader.GetString(1));
        }
        _stored = _names.Count;
    }

    private Dictionary<string, int> Codes()
    {
        if (_codes is null)
        {
            _codes = new Dictionary<string, int>(_names.Count, StringComparer.Ordinal);
            for (var i = 0; i < _names.Count; i++)
                _codes[_names[i]] = i;
        }
        return _codes;
    }

    /// <summary>Writes the codes handed out since the last save, inside the caller's transaction.</summary>
    public void SaveNew(DuckDB.NET.Data.DuckDBConnection connection)
    {
        if (_stored == _names.Count)
            return;
        using var appender = connection.CreateAppender(Table);
        for (var i = _stored; i < _names.Count; i++)
            appender.CreateRow().AppendValue(i).AppendValue(_names[i]).EndRow();
        appender.Close();
    }

    /// <summary>Marks the saved codes as committed.</summary>
    public void Committed() => _stored = _names.Count;

    /// <summary>Forgets the codes handed out since the last commit (the batch rolled back).</summary>
    public void RollBack()
    {
        Array.Clear(_cachedNames);
        for (var i = _stored; i < _names.Count; i++)
            _codes?.Remove(_names[i]);
        _names.RemoveRange(_stored, _names.Count - _stored);
    }
}
