using System.Collections.Frozen;
using System.Globalization;

namespace Deskmine.Simulation.Recording;

/// <summary>
/// Shared, immutable attribute maps. Most events carry one of a few small maps (a character count, a key), so
/// they are built once instead of once per event.
/// </summary>
internal static class Attributes
{
    private const int MaxCachedChars = 512;

    private static readonly IReadOnlyDictionary<string, string>[] CharCounts = BuildCharCounts();

    private static readonly FrozenDictionary<string, IReadOnlyDictionary<string, string>> KeyMaps =
        new[]
        {
            "ctrl+c", "ctrl+v", "ctrl+s", "ctrl+f", "ctrl+a", "ctrl+n", "ctrl+t", "ctrl+w", "ctrl+enter", "alt+tab",
            "Enter", "Tab", "Escape", "Backspace", "F4", "F5", "Down",
        }.ToFrozenDictionary(k => k, k => (IReadOnlyDictionary<string, string>)new Dictionary<string, string> { ["key"] = k }.ToFrozenDictionary());

    /// <summary>{"chars": n} for a text input of n characters.</summary>
    public static IReadOnlyDictionary<string, string> Chars(int count) =>
        count < MaxCachedChars ? CharCounts[count] : Single("chars", count.ToString(CultureInfo.InvariantCulture));

    /// <summary>{"key": k} for a shortcut or special key.</summary>
    public static IReadOnlyDictionary<string, string> Key(string key) =>
        KeyMaps.TryGetValue(key, out var map) ? map : Single("key", key);

    /// <summary>Workbook, sheet and cell of a spreadsheet action.</summary>
    public static IReadOnlyDictionary<string, string> Cell(string workbook, string sheet, string cell, int chars = -1)
    {
        var map = new Dictionary<string, string>(4) { ["workbook"] = workbook, ["sheet"] = sheet, ["cell"] = cell };
        if (chars >= 0)
            map["chars"] = chars.ToString(CultureInfo.InvariantCulture);
        return map;
    }

    private static Dictionary<string, string> Single(string key, string value) => new(1) { [key] = value };

    private static IReadOnlyDictionary<string, string>[] BuildCharCounts()
    {
        var maps = new IReadOnlyDictionary<string, string>[MaxCachedChars];
        for (var i = 0; i < maps.Length; i++)
            maps[i] = new Dictionary<string, string> { ["chars"] = i.ToString(CultureInfo.InvariantCulture) }.ToFrozenDictionary();
        return maps;
    }
}
