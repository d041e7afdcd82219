using System.Collections;

namespace Deskmine.Mining.Recognition;

/// <summary>
/// A list of texts kept as numbers into one shared table: what a <see cref="RecognitionBuilder"/> keeps per segment
/// (its actions' labels, applications and features) until the run's task types are found. At 10 M events the
/// per-segment lists hold about 30 M entries; as numbers they take half the memory of references and give the
/// collector nothing to trace. A table holds each text once, so equal numbers are equal texts: grouping and counting
/// work on <see cref="Codes"/> and turn into text only what is shown.
/// </summary>
internal sealed class CodedTexts(int[] codes, IReadOnlyList<string> table) : IReadOnlyList<string>
{
    public string this[int index] => table[codes[index]];

    public int Count => codes.Length;

    /// <summary>The numbers of the texts, in order.</summary>
    public int[] Codes => codes;

    /// <summary>The table the numbers point into (one text per number, each text once).</summary>
    public IReadOnlyList<string> Table => table;

    /// <summary>
    /// The <paramref name="lists"/> as numbers into <paramref name="table"/>, which gets each text not yet in it, in order
    /// of first appearance.
    /// </summary>
    public static List<CodedTexts> Number(IEnumerable<IReadOnlyList<string>> lists, List<string> table)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < table.Count; i++)
            numbers.TryAdd(table[i], i);
        var coded = new List<CodedTexts>();
        foreach (var list in lists)
        {
            var codes = new int[list.Count];
            for (var i = 0; i < codes.Length; i++)
            {
                if (!numbers.TryGetValue(list[i], out codes[i]))
                {
                    numbers[list[i]] = codes[i] = table.Count;
                    table.Add(list[i]);
                }
            }
            coded.Add(new CodedTexts(codes, table));
        }
        return coded;
    }

    public IEnumerator<string> GetEnumerator()
    {
        foreach (var code in codes)
            yield return table[code];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
