using System.Globalization;

namespace Deskmine.Cli.Terminal;

/// <summary>The process's resident memory from /proc/self/status on Linux: peak (VmHWM) and current (VmRSS).</summary>
internal static class PeakMemory
{
    public static long Bytes() => Status("VmHWM:");

    /// <summary>The resident memory now (VmRSS).</summary>
    public static long ResidentBytes() => Status("VmRSS:");

    private static long Status(string field)
    {
        const string status = "/proc/self/status";
        if (File.Exists(status))
        {
            foreach (var line in File.ReadLines(status))
            {
                if (line.StartsWith(field, StringComparison.Ordinal))
                    return long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
            }
        }
        return Environment.WorkingSet;
    }
}
