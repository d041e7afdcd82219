using System.Globalization;
using System.Runtime.InteropServices;

namespace Deskmine.Cli.Runtime;

/// <summary>
/// Asks Linux to back the managed heap with transparent huge pages (2 MiB) where the system leaves that to each
/// program (<c>/sys/kernel/mm/transparent_hugepage/enabled</c> = <c>madvise</c>, a common default). A command that
/// reads a large log touches a hundred megabytes or more of fresh memory; with 4 KiB pages every first touch is a page
/// fault, and on a virtual machine those faults took about a sixth of the CPU time of <c>map FILE</c> of 1 M events
/// (docs/benchmarks.md). <c>DESKMINE_HUGE_PAGES=0</c> in the environment leaves the heap on small pages.
/// </summary>
internal static partial class HugePages
{
    /// <summary>Environment variable that switches the advice off when set to <c>0</c>.</summary>
    public const string Switch = "DESKMINE_HUGE_PAGES";

    private const int MadviseHugePage = 14;

    /// <summary>
    /// Marks the address range the garbage collector reserved for its heap (the run of adjacent anonymous mappings in
    /// <c>/proc/self/maps</c> around a fresh large object) as eligible for huge pages; returns that range, or null when
    /// nothing was advised. Best effort: on another system, or anything unexpected, the heap stays as it was.
    /// </summary>
    public static (ulong Start, ulong End)? AdviseManagedHeap()
    {
        if (!OperatingSystem.IsLinux() || Environment.GetEnvironmentVariable(Switch) == "0")
            return null;
        try
        {
            // Every region of the heap lies in one reservation; a large object is placed in it like any other.
            var probe = GC.AllocateUninitializedArray<byte>(128 << 10);
            var handle = GCHandle.Alloc(probe, GCHandleType.Pinned);
            ulong address;
            try
            {
                address = (ulong)handle.AddrOfPinnedObject();
            }
            finally
            {
                handle.Free();
            }
            if (Reservation(File.ReadLines("/proc/self/maps"), address) is not { } range)
                return null;
            return Madvise((nint)range.Start, (nuint)(range.End - range.Start), MadviseHugePage) == 0 ? range : null;
        }
#pragma warning disable CA1031 // An optimisation only: the command runs as before when it cannot be applied.
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }

    /// <summary>
    /// In the lines of a <c>/proc/PID/maps</c> file, the run of adjacent anonymous mappings (no path; committed and
    /// reserved parts of one reservation are separate mappings) that contains <paramref name="address"/>, or null.
    /// </summary>
    internal static (ulong Start, ulong End)? Reservation(IEnumerable<string> maps, ulong address)
    {
        (ulong Start, ulong End)? run = null;
        foreach (var line in maps)
        {
            // start-end perms offset dev inode [path]
            var fields = line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 5 || fields[0].Split('-') is not [var from, var to]
                || !ulong.TryParse(from, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var start)
                || !ulong.TryParse(to, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var end))
                continue;
            var anonymous = fields.Length == 5 || string.IsNullOrWhiteSpace(fields[5]);
            if (anonymous && run is { } current && current.End == start)
            {
                run = (current.Start, end);
                continue;
            }
            if (Holds(run, address))
                return run;
            run = anonymous ? (start, end) : null;
        }
        return Holds(run, address) ? run : null;
    }

    private static bool Holds((ulong Start, ulong End)? run, ulong address) =>
        run is { } r && r.Start <= address && address < r.End;

    [LibraryImport("libc", EntryPoint = "madvise", SetLastError = true)]
    private static partial int Madvise(nint address, nuint length, int advice);
}
