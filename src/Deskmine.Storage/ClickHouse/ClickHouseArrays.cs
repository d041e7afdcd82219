using System.Text;

namespace Deskmine.Storage.ClickHouse;

/// <summary>Reads ClickHouse's text form of an <c>Array(String)</c> (<c>['a','b\'c']</c>), as a TSV field after its own unescaping.</summary>
internal static class ClickHouseArrays
{
    public static string[] Strings(string text)
    {
        var items = new List<string>();
        var i = 1; // past '['
        while (i < text.Length && text[i] != ']')
        {
            if (text[i] == ',')
            {
                i++;
                continue;
            }
            // text[i] == '\''
            var sb = new StringBuilder();
            i++;
            while (text[i] != '\'')
            {
                if (text[i] == '\\')
                {
                    i++;
                    sb.Append(text[i] switch { 't' => '\t', 'n' => '\n', 'r' => '\r', '0' => '\0', 'b' => '\b', 'f' => '\f', _ => text[i] });
                }
                else
                {
                    sb.Append(text[i]);
                }
                i++;
            }
            items.Add(sb.ToString());
            i++;
        }
        return items.ToArray();
    }
}
