using System.Runtime.InteropServices;

namespace Deskmine.Capture.Sources.X11;

/// <summary><c>poll(2)</c> on one file descriptor: the watcher sleeps on its X connection instead of spinning.</summary>
internal static unsafe partial class PollNative
{
    private const short PollIn = 1;

    [StructLayout(LayoutKind.Sequential)]
    private struct PollFd
    {
        public int Fd;
        public short Events;
        public short Revents;
    }

    [LibraryImport("libc", EntryPoint = "poll", SetLastError = true)]
    private static partial int Poll(PollFd* fds, nuint count, int timeoutMs);

    /// <summary>Waits until <paramref name="fd"/> is readable or <paramref name="timeoutMs"/> passes.</summary>
    public static void WaitReadable(int fd, int timeoutMs)
    {
        var p = new PollFd { Fd = fd, Events = PollIn };
        Poll(&p, 1, timeoutMs);
    }
}
