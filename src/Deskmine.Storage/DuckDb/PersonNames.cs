namespace Deskmine.Storage.DuckDb;

/// <summary>
/// The texts of the store's <c>names</c> that one person's events use, numbered in order of first use: what a
/// <see cref="RecognitionEvents"/> holds instead of the codes of the whole store. Used for one person after another;
/// <see cref="Take"/> ends a person.
/// </summary>
internal sealed class PersonNames(CodeDictionary names)
{
    // Per store code the person's number + 1, 0 when the person has not used it yet; cleared for the used codes only.
    private int[] _local = new int[names.Count];
    private readonly List<int> _used = [];

    /// <summary>The person's number for store code <paramref name="code"/>, given it on its first use.</summary>
    public int Local(int code)
    {
        if ((uint)code >= (uint)_local.Length)
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)code, (uint)names.Count, nameof(code));
            Array.Resize(ref _local, names.Count);
        }
        var local = _local[code];
        if (local == 0)
        {
            _used.Add(code);
            _local[code] = local = _used.Count;
        }
        return local - 1;
    }

    /// <summary>The texts of the codes used since the last call, by the person's number; the next person starts afresh.</summary>
    public string[] Take()
    {
        var texts = new string[_used.Count];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = names.NewName(_used[i]);
            _local[_used[i]] = 0;
        }
        _used.Clear();
        return texts;
    }
}
