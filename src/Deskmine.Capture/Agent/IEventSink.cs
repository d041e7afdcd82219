using Deskmine.Core.Events;

namespace Deskmine.Capture.Agent;

/// <summary>Where a pipeline stage hands its events on (one method, like Serilog's <c>ILogEventSink</c>).
/// Implementations must be safe to call from several threads.</summary>
public interface IEventSink
{
    /// <summary>Takes one event. Must not throw for a single bad event; count and go on.</summary>
    void Write(UiEvent e);
}
