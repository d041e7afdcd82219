namespace Deskmine.Core.Logs;

/// <summary>A dictionary-coded column: one code per event into <see cref="Names"/>; <c>-1</c> means missing.</summary>
/// <param name="Names">Distinct values, indexed by code.</param>
/// <param name="Codes">Per event, the code of its value or -1.</param>
public sealed record CategoricalColumn(IReadOnlyList<string> Names, int[] Codes)
{
    /// <summary>The value of event <paramref name="index"/>, or <c>null</c> when missing.</summary>
    public string? ValueAt(int index) => Codes[index] < 0 ? null : Names[Codes[index]];
}
