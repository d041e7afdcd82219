using System.Diagnostics;

namespace Deskmine.Cli.Terminal;

/// <summary>
/// A progress line on standard error for long work: redrawn in place on a terminal, a few plain lines
/// otherwise, so that standard output stays clean for results.
/// </summary>
internal sealed class ProgressReporter : IProgress<long>, IDisposable
{
    private readonly TextWriter _error;
    private readonly string _label;
    private readonly long? _total;
    private readonly bool _interactive;
    private readonly bool _quietUntilReported;
    private bool _reported;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _lastDrawMs = -1000;
    private long _value;

    /// <param name="error">Where the line goes.</param>
    /// <param name="label">What is counted.</param>
    /// <param name="total">The expected count, for a bar.</param>
    /// <param name="quietUntilReported">Print nothing, not even the final line, unless a count is reported (a run
    /// that only sometimes has long work, such as reading a file rather than a workspace).</param>
    public ProgressReporter(TextWriter error, string label, long? total = null, bool quietUntilReported = false)
    {
        _quietUntilReported = quietUntilReported;
        _error = error;
        _label = label;
        _total = total;
        _interactive = ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;
    }

    public void Report(long value)
    {
        _value = value;
        _reported = true;
        var now = _clock.ElapsedMilliseconds;
        if (now - _lastDrawMs < (_interactive ? 100 : 5000))
            return;
        _lastDrawMs = now;
        Draw(final: false);
    }

    public void Dispose()
    {
        if (_reported || !_quietUntilReported)
            Draw(final: true);
    }

    private void Draw(bool final)
    {
        var seconds = Math.Max(_clock.Elapsed.TotalSeconds, 1e-3);
        var rate = _value / seconds;
        string text;
        if (_total is > 0 and var total)
        {
            var share = Math.Clamp((double)_value / total, 0, 1);
            var filled = (int)(share * 30);
            text = $"{_label} [{new string('#', filled)}{new string('.', 30 - filled)}] {share:P0} {_value:N0}/{total:N0}";
        }
        else
        {
            text = $"{_label} {_value:N0}";
        }
        text += $" ({rate:N0}/s, {seconds:F1} s)";
        if (_interactive)
            _error.Write("\r" + text.PadRight(Console.WindowWidth > 0 ? Math.Min(Console.WindowWidth - 1, 120) : 100));
        else if (final || _value > 0)
            _error.WriteLine(text);
        if (final && _interactive)
            _error.WriteLine();
    }
}
