using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Deskmine.Server.Tests.Support;

/// <summary>Collects every log line the server writes (all categories, Debug and up), exceptions included.</summary>
internal sealed class CapturedLog : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public string Text => string.Join('\n', _lines);

    public int Count => _lines.Count;

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var line = $"{logLevel} {category}: {formatter(state, exception)}";
            if (state is IEnumerable<KeyValuePair<string, object?>> values)
                line += " | " + string.Join(", ", values.Select(v => $"{v.Key}={v.Value}"));
            lines.Enqueue(exception is null ? line : line + " " + exception);
        }
    }
}
