using Deskmine.Core.Errors;
using Deskmine.Core.Events;

namespace Deskmine.Storage.Formats;

/// <summary>One call to read any supported log file into schema v1 events.</summary>
public static class LogReaders
{
    /// <summary>
    /// Opens <paramref name="path"/> as a stream of events. <paramref name="format"/> is one of
    /// <see cref="LogFormats.All"/> (ignoring case); <c>null</c> detects it with <see cref="LogFormats.Detect"/>.
    /// The file is read lazily, while the result is enumerated.
    /// </summary>
    /// <exception cref="InputException">The file is missing, the format unknown, or the content bad.</exception>
    public static IEnumerable<UiEvent> Open(string path, string? format = null, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
            throw new InputException(path, null, null, "file not found.");
        var name = format?.Trim().ToLowerInvariant() ?? LogFormats.Detect(path);
        return name switch
        {
            LogFormats.ActionLogger => ActionLoggerReader.Read(path, options),
            LogFormats.Cpn => CpnReader.Read(path, options),
            LogFormats.Csv => CsvEventReader.Read(path, options),
            LogFormats.Xes => XesReader.Read(path, options),
            LogFormats.Deskmine => DeskmineCsvReader.Read(path, options),
            _ => throw new InputException(path, null, null,
                $"unknown log format '{format}'; expected one of: {string.Join(", ", LogFormats.All)}."),
        };
    }
}
