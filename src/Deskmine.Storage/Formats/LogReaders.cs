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
        InputFiles.RequireFile(path);
        var name = format?.Trim().ToLowerInvariant() ?? LogFormats.Detect(path);
        return Guarded(path, name switch
        {
            LogFormats.ActionLogger => ActionLoggerReader.Read(path, options),
            LogFormats.Cpn => CpnReader.Read(path, options),
            LogFormats.Csv => CsvEventReader.Read(path, options),
            LogFormats.Xes => XesReader.Read(path, options),
            LogFormats.Deskmine => DeskmineCsvReader.Read(path, options),
            LogFormats.ActivityWatch => ActivityWatchReader.Read(path, options),
            LogFormats.Parquet => Parquet.ParquetReader.Read(path, options),
            LogFormats.Ocel => throw new InputException(path, null, null,
                "is an OCEL 2.0 object-centric log: import it into a workspace ('deskmine import'), or map it per object type ('deskmine map FILE --object-type TYPE')."),
            _ => throw new InputException(path, null, null,
                $"unknown log format '{format}'; expected one of: {string.Join(", ", LogFormats.All)}."),
        });
    }

    /// <summary>
    /// Every failure caused by the file's bytes leaves as an <see cref="InputException"/> naming the file, even one a
    /// reader does not map itself (a library's own exception from a corner it was never meant to see).
    /// </summary>
    private static IEnumerable<UiEvent> Guarded(string path, IEnumerable<UiEvent> events)
    {
        using var e = events.GetEnumerator();
        while (true)
        {
            try
            {
                if (!e.MoveNext())
                    yield break;
            }
            catch (Exception ex) when (IsContentError(ex))
            {
                throw new InputException(path, null, null, $"the file cannot be read: {ex.Message}", ex);
            }
            yield return e.Current;
        }
    }

    internal static bool IsContentError(Exception e) =>
        e is InvalidDataException or System.Xml.XmlException or NotSupportedException or System.Text.DecoderFallbackException
            or FormatException or OverflowException or ArgumentOutOfRangeException or EndOfStreamException;
}
