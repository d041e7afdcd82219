using System.Runtime.InteropServices;

namespace Deskmine.Capture.Sources.X11;

/// <summary>Hand-written bindings to libXtst: the RECORD extension (reading input as the server sees it) and
/// XTEST (injecting input, used by the benchmark).</summary>
internal static unsafe partial class XRecordNative
{
    private const string Lib = "libXtst.so.6";

    /// <summary><c>XRecordAllClients</c>: record every client, present and future.</summary>
    public const nuint AllClients = 3;
    public const int FromServer = 0;
    public const int FromClient = 1;

    /// <summary>Byte offsets inside <c>XRecordRange</c> (32 bytes: 8-bit ranges, ext ranges of 6 bytes, two Bools).</summary>
    public const int RangeCoreRequestsFirst = 0;
    public const int RangeCoreRequestsLast = 1;
    public const int RangeDeviceEventsFirst = 18;
    public const int RangeDeviceEventsLast = 19;

    /// <summary>Layout of <c>XRecordInterceptData</c> on LP64.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct InterceptData
    {
        public nuint IdBase;
        public nuint ServerTime;
        public nuint ClientSeq;
        public int Category;
        public int ClientSwapped;
        public byte* Data;
        public nuint DataLength;
    }

    [LibraryImport(Lib)]
    public static partial int XRecordQueryVersion(nint display, out int major, out int minor);

    [LibraryImport(Lib)]
    public static partial byte* XRecordAllocRange();

    [LibraryImport(Lib)]
    public static partial nuint XRecordCreateContext(nint display, int datumFlags, nuint* clients, int clientCount, byte** ranges, int rangeCount);

    [LibraryImport(Lib)]
    public static partial int XRecordEnableContext(nint display, nuint context, delegate* unmanaged<nint, InterceptData*, void> callback, nint closure);

    [LibraryImport(Lib)]
    public static partial int XRecordDisableContext(nint display, nuint context);

    [LibraryImport(Lib)]
    public static partial int XRecordFreeContext(nint display, nuint context);

    [LibraryImport(Lib)]
    public static partial void XRecordFreeData(InterceptData* data);

    [LibraryImport(Lib)]
    public static partial int XTestFakeKeyEvent(nint display, uint keycode, int isPress, nuint delay);

    [LibraryImport(Lib)]
    public static partial int XTestFakeButtonEvent(nint display, uint button, int isPress, nuint delay);
}
