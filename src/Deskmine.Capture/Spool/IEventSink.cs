using Deskmine.Core.Events;

namespace Deskmine.Capture.Spool;

/// <summary>
/// Where the capture pipeline puts an event once the privacy filter has redacted it: the one-method seam
/// between sources and the spool (like Serilog's <c>ILogEventSink</c>).
/// </summary>
public interface IEventSink
{
    /// <summary>Takes one redacted event. Implementations must be safe to call from the capture thread.</summary>
    void Write(UiEvent e);
}
