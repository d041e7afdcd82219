using System.Runtime.InteropServices;

namespace Deskmine.Capture.Sources.X11;

/// <summary><c>poll(2)</c> on the X connection and a wake pipe: the watcher sleeps until the server sends
/// something or another thread has work for it, instead of waking on a timer.</summary>
internal static unsafe partial class PollNative
{
    private const short PollIn = 1;
    private const int NonBlock = 0x800, CloseOnExec = 0x80000;

    [StructLayout(LayoutKind.Sequential)]
    private struct PollFd
    {
        public int Fd;
        public short Events;
        public short Revents;
    }

    [LibraryImport("libc", EntryPoint = "poll", SetLastError = true)]
    private static partial int Poll(PollFd* fds, nuint count, int timeoutMs);

    [LibraryImport("libc", EntryPoint = "pipe2", SetLastError = true)]
    private static partial int Pipe2(int* fds, int flags);

    [LibraryImport("libc", EntryPoint = "read", SetLastError = true)]
    private static partial nint Read(int fd, byte* buffer, nuint count);

    [LibraryImport("libc", EntryPoint = "write", SetLastError = true)]
    private static partial nint Write(int fd, byte* buffer, nuint count);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    private static partial int Close(int fd);

    /// <summary>Waits until <paramref name="fd"/> or <paramref name="wakeFd"/> is readable or
    /// <paramref name="timeoutMs"/> passes (-1: no timeout).</summary>
    public static void WaitReadable(int fd, int wakeFd, int timeoutMs)
    {
        var p = stackalloc PollFd[2];
        p[0] = new PollFd { Fd = fd, Events = PollIn };
        p[1] = new PollFd { Fd = wakeFd, Events = PollIn };
        Poll(p, 2, timeoutMs);
    }

    /// <summary>A non-blocking pipe: (read end, write end).</summary>
    public static (int Read, int Write) OpenPipe()
    {
        var fds = stackalloc int[2];
        if (Pipe2(fds, NonBlock | CloseOnExec) != 0)
            throw new InvalidOperationException($"pipe2 failed (errno {Marshal.GetLastPInvokeError()})");
        return (fds[0], fds[1]);
    }

    /// <summary>Wakes a <see cref="WaitReadable"/> on the pipe's read end (a full pipe already wakes it).</summary>
    public static void Signal(int writeFd)
    {
        byte b = 1;
        Write(writeFd, &b, 1);
    }

    /// <summary>Empties the pipe's read end.</summary>
    public static void Drain(int readFd)
    {
        var buffer = stackalloc byte[64];
        while (Read(readFd, buffer, 64) > 0)
        {
        }
    }

    /// <summary>Closes a descriptor.</summary>
    public static void CloseFd(int fd) => Close(fd);
}
