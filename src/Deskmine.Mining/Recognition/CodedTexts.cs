using System.Collections;

namespace Deskmine.Mining.Recognition;

/// <summary>
/// A list of texts kept as numbers into one shared table: what a <see cref="RecognitionBuilder"/> keeps per segment
/// (its actions' labels, applications and features) until the run's task types are found. At 10 M events the
/// per-segment lists hold about 30 M entries; as numbers they take half the memory of references and give the
/// collector nothing to trace.
/// </summary>
internal sealed class CodedTexts(int[] codes, IReadOnlyList<string> table) : IReadOnlyList<string>
{
    public string this[int index] => table[codes[index]];

    public int Count => codes.Length;

    /// <summary>The numbers of the texts, in order.</summary>
    public int[] Codes => codes;

    /// <summary>The table the numbers point into (one text per number, each text once).</summary>
    public IReadOnlyList<string> Table => table;

    public IEnumerator<string> GetEnumerator()
    {
        foreach (var code in codes)
            yield return table[code];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
