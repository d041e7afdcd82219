namespace Deskmine.Mining.Recognition;

/// <summary>
/// Texts put together from parts, one string per distinct content. A stream's labels, features and templates are made
/// for every combination of kind and place (hundreds of thousands at 10 M events) but take far fewer distinct values;
/// the parts are written into one buffer and a string is made only for content not seen before, so the many
/// combinations that repeat a text share it instead of each allocating and keeping its own.
/// </summary>
internal sealed class TextPool
{
    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private char[] _buffer = new char[256];
    private int _length;

    public TextPool() => _bySpan = _texts.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Number of distinct texts made.</summary>
    public int Count => _texts.Count;

    /// <summary>Appends <paramref name="part"/> (nothing for <c>null</c>) to the text being put together.</summary>
    public TextPool Append(ReadOnlySpan<char> part)
    {
        Reserve(part.Length);
        part.CopyTo(_buffer.AsSpan(_length));
        _length += part.Length;
        return this;
    }

    /// <summary>Appends one character to the text being put together.</summary>
    public TextPool Append(char c)
    {
        Reserve(1);
        _buffer[_length++] = c;
        return this;
    }

    /// <summary>The text put together since the last call, as the pool's string of that content; the buffer is emptied.</summary>
    public string Take()
    {
        var text = Of(_buffer.AsSpan(0, _length));
        _length = 0;
        return text;
    }

    /// <summary>The pool's string with the content of <paramref name="text"/>.</summary>
    public string Of(ReadOnlySpan<char> text)
    {
        if (_bySpan.TryGetValue(text, out var same))
            return same;
        same = text.ToString();
        _texts.Add(same, same);
        return same;
    }

    private void Reserve(int more)
    {
        if (_length + more > _buffer.Length)
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + more));
    }
}
