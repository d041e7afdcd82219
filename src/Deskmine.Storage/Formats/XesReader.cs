using System.Xml;
using Deskmine.Core.Errors;
using Deskmine.Core.Events;

namespace Deskmine.Storage.Formats;

/// <summary>
/// Reads an XES event log (IEEE 1849), plain or gzip-compressed, into schema v1 events with a streaming
/// <see cref="XmlReader"/>: one trace is held at a time. Mapping: see <c>docs/formats.md</c>.
/// </summary>
public static class XesReader
{
    /// <summary>Value of <see cref="UiEvent.Source"/> for these events (unless the file states its own).</summary>
    public const string SourceName = "import:xes";

    /// <summary>Reads the file at <paramref name="path"/>; gzip is recognised by its magic bytes.</summary>
    /// <exception cref="InputException">The file is missing, not XES, truncated or has a bad value.</exception>
    public static IEnumerable<UiEvent> Read(string path, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= ImportOptions.Default;
        options.Validate();
        InputFiles.RequireFile(path);
        return Events(OpenFile(path), path, options);
    }

    /// <summary>Reads XES from a stream (gzip recognised when the stream can seek); the stream is disposed at the end.</summary>
    public static IEnumerable<UiEvent> Read(Stream stream, string sourceName, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        options ??= ImportOptions.Default;
        options.Validate();
        return Events(Decompressed(stream, sourceName), sourceName, options);
    }

    /// <summary>True when the stream starts with the gzip magic bytes; the position is restored.</summary>
    internal static bool IsGzip(Stream stream)
    {
        if (!stream.CanSeek)
            return false;
        var start = stream.Position;
        Span<byte> magic = stackalloc byte[2];
        var n = stream.ReadAtLeast(magic, 2, throwOnEndOfStream: false);
        stream.Position = start;
        return n == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
    }

    private static Stream OpenFile(string path)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return Decompressed(file, path);
    }

    private static Stream Decompressed(Stream stream, string name) =>
        IsGzip(stream) || (!stream.CanSeek && name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            ? new InflatingStream(stream)
            : stream;

    private static IEnumerable<UiEvent> Events(Stream stream, string source, ImportOptions options)
    {
        // Entities and multi-byte characters make bytes per character vary; 8 bytes per character is generous.
        using var guarded = new MarkupGuardStream(stream, source, (options.MaxFieldLength * 8L) + 4096);
        var settings = new XmlReaderSettings
        {
            IgnoreComments = true,
            IgnoreWhitespace = true,
            IgnoreProcessingInstructions = true,
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            CloseInput = false,
        };
        XmlReader? xml = null;
        XesParser? parser = null;
        try
        {
            while (true)
            {
                List<UiEvent>? batch;
                try
                {
                    // Creating the reader already reads (and inflates) the first block, so it is guarded too.
                    xml ??= XmlReader.Create(guarded, settings);
                    parser ??= new XesParser(xml, source, options.SessionFor(source), options.LocalClock(xes: true), options.MaxFieldLength);
                    batch = parser.Next();
                }
                catch (XmlException e)
                {
                    throw new InputException(source, e.LineNumber, e.LinePosition.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        $"not well-formed XES (truncated or corrupt): {e.Message}", e);
                }
                catch (InvalidDataException e)
                {
                    throw new InputException(source, parser?.Line, null, $"the compressed data is corrupt: {e.Message}", e);
                }
                if (batch is null)
                    yield break;
                foreach (var ev in batch)
                    yield return ev;
            }
        }
        finally
        {
            xml?.Dispose();
        }
    }
}
