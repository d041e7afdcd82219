using System.Globalization;
using System.Runtime.InteropServices;

namespace Deskmine.Bench.Agent;

/// <summary>CPU time and resident memory of another process, from <c>/proc/PID</c>.</summary>
internal sealed partial class ProcessProbe(int pid)
{
    private const int ScClkTck = 2;

    private static readonly long TicksPerSecond = SysConf(ScClkTck);

    [LibraryImport("libc", EntryPoint = "sysconf")]
    private static partial long SysConf(int name);

    /// <summary>utime + stime in seconds.</summary>
    public double CpuSeconds()
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        // Fields after the command name (which may contain spaces): state is field 3, utime 14, stime 15.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return (double)ticks / TicksPerSecond;
    }

    /// <summary>VmRSS in MB.</summary>
    public double ResidentMb()
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                return long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture) / 1024.0;
        }
        return double.NaN;
    }
}
