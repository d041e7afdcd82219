using System.Runtime.InteropServices;

namespace Deskmine.Cli.Terminal;

/// <summary>
/// A token cancelled by SIGTERM or SIGINT (Ctrl+C) while this lives, for commands that record until told to stop:
/// the signal is taken over (the process is not ended by it), so the command flushes what it holds and exits itself.
/// </summary>
internal sealed class StopSignal : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly PosixSignalRegistration _term;
    private readonly PosixSignalRegistration _interrupt;

    public StopSignal()
    {
        _term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
        _interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
    }

    /// <summary>Cancelled at the first signal.</summary>
    public CancellationToken Token => _stop.Token;

    public void Dispose()
    {
        _interrupt.Dispose();
        _term.Dispose();
        _stop.Dispose();
    }

    private void OnSignal(PosixSignalContext signal)
    {
        signal.Cancel = true;
        _stop.Cancel();
    }
}
