using System.Runtime;

namespace Deskmine.Storage.Logs;

/// <summary>
/// Holds off garbage collections while a log file of moderate size is read and joined. Such a read allocates about
/// three times the file's size, nearly all of it kept until the join (each chunk's columns, large objects); the
/// collector, set to keep the heap small (see the CLI's project file), otherwise ran a full collection every few
/// chunks to free next to nothing (1 M events: 10 full collections, 55–87 ms of pauses on two cores). A larger file
/// is read with collections as before, so that its garbage is freed as it goes.
/// </summary>
internal static class CollectionPause
{
    /// <summary>Largest allocation a read may make without collections.</summary>
    private const long MaxBytes = 256L << 20;

    /// <summary>Allocation expected for reading a file, per byte of the file.</summary>
    private const int BytesPerFileByte = 3;

    /// <summary>
    /// Starts a region without collections sized for reading <paramref name="fileBytes"/>, when that is at most
    /// <see cref="MaxBytes"/> and a sixteenth of the memory available; true when one was started. A read that
    /// allocates more than expected ends the region with an ordinary collection.
    /// </summary>
    public static bool Begin(long fileBytes)
    {
        var bytes = fileBytes * BytesPerFileByte;
        if (bytes > MaxBytes || bytes > GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 16)
            return false;
        try
        {
            return GC.TryStartNoGCRegion(bytes);
        }
        catch (InvalidOperationException)
        {
            // Another read in this process holds a region already.
            return false;
        }
        catch (ArgumentOutOfRangeException)
        {
            // More than the collector can set aside at once in this configuration.
            return false;
        }
    }

    /// <summary>Ends the region, unless a collection has ended it already.</summary>
    public static void End()
    {
        try
        {
            if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
                GC.EndNoGCRegion();
        }
        catch (InvalidOperationException)
        {
            // Ended meanwhile: a collection was needed, or another read ended it.
        }
    }
}
