using System.Globalization;
using System.Runtime.InteropServices;
using Deskmine.Cli.Runtime;

namespace Deskmine.Cli.Tests.Runtime;

public class HugePagesTests
{
    // A heap reservation split into reserved (---p) and committed (rw-p) mappings, between a library and a stack.
    private static readonly string[] Maps =
    [
        "7f0000000000-7f0000200000 r-xp 00000000 08:01 1234                       /usr/lib/libc.so.6",
        "7f1000000000-7f1000400000 rw-p 00000000 00:00 0 ",
        "7f1000400000-7f1040000000 ---p 00000000 00:00 0 ",
        "7f1040000000-7f1040800000 rw-p 00000000 00:00 0",
        "7f1040800000-7f1800000000 ---p 00000000 00:00 0 ",
        "7f1900000000-7f1900021000 rw-p 00000000 00:00 0 ",
        "7ffc00000000-7ffc00021000 rw-p 00000000 00:00 0                          [stack]",
    ];

    [Fact]
    public void The_reservation_is_the_run_of_adjacent_anonymous_mappings_around_the_address()
    {
        var range = HugePages.Reservation(Maps, 0x7f1040001000);

        Assert.Equal((0x7f1000000000UL, 0x7f1800000000UL), range);
    }

    [Fact]
    public void An_address_at_the_start_of_the_run_or_in_its_last_mapping_finds_the_same_run()
    {
        Assert.Equal((0x7f1000000000UL, 0x7f1800000000UL), HugePages.Reservation(Maps, 0x7f1000000000));
        Assert.Equal((0x7f1000000000UL, 0x7f1800000000UL), HugePages.Reservation(Maps, 0x7f17ffffffff));
    }

    [Fact]
    public void An_address_in_a_file_mapping_a_named_mapping_or_a_gap_has_no_reservation()
    {
        Assert.Null(HugePages.Reservation(Maps, 0x7f0000001000));
        Assert.Null(HugePages.Reservation(Maps, 0x7ffc00001000));
        Assert.Null(HugePages.Reservation(Maps, 0x7f1880000000));
        Assert.Null(HugePages.Reservation(["garbage", "", "1-2-3 rw-p 0 0 0"], 1));
    }

    [Fact]
    public void The_managed_heap_is_advised_to_use_huge_pages_where_the_kernel_has_them()
    {
        if (!OperatingSystem.IsLinux() || !File.Exists("/sys/kernel/mm/transparent_hugepage/enabled"))
            return;

        var range = HugePages.AdviseManagedHeap();

        Assert.NotNull(range);
        // A large array allocated afterwards lies in the advised range, in a mapping the kernel marks "hg".
        var array = new byte[4 << 20];
        var handle = GCHandle.Alloc(array, GCHandleType.Pinned);
        try
        {
            var address = (ulong)handle.AddrOfPinnedObject();
            Assert.InRange(address, range.Value.Start, range.Value.End - 1);
            Assert.Contains("hg", VmFlags(address));
        }
        finally
        {
            handle.Free();
        }
    }

    // The VmFlags of the mapping that holds address, from /proc/self/smaps.
    private static string[] VmFlags(ulong address)
    {
        var inside = false;
        foreach (var line in File.ReadLines("/proc/self/smaps"))
        {
            var dash = line.IndexOf('-', StringComparison.Ordinal);
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            if (dash > 0 && space > dash
                && ulong.TryParse(line.AsSpan(0, dash), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var start)
                && ulong.TryParse(line.AsSpan(dash + 1, space - dash - 1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var end))
                inside = start <= address && address < end;
            else if (inside && line.StartsWith("VmFlags:", StringComparison.Ordinal))
                return line["VmFlags:".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        }
        return [];
    }
}
