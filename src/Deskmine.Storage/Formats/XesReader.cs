using System.IO.Compression;
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
        if (!File.Exists(path))
            throw new InputException(path, null, null, "file not found.");
        return Events(OpenFile(path), path, options.SessionFor(path), options.LocalClock(xes: true));
    }

    /// <summary>Reads XES from a stream (gzip recognised when the stream can seek); the stream is disposed at the end.</summary>
    public static IEnumerable<UiEvent> Read(Stream stream, string sourceName, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        options ??= ImportOptions.Default;
        options.Validate();
        return Events(Decompressed(stream, sourceName), sourceName, options.SessionFor(sourceName), options.LocalClock(xes: true));
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
            ? new BufferedStream(new GZipStream(stream, CompressionMode.Decompress), 1 << 16)
            : stream;

    private static IEnumerable<UiEvent> Events(Stream stream, string source, string session, bool localClock)
    {
        using (stream)
        {
            var settings = new XmlReaderSettings
            {
                IgnoreComments = true,
                IgnoreWhitespace = true,
                IgnoreProcessingInstructions = true,
                DtdProcessing = DtdProcessing.Ignore,
                XmlResolver = null,
                CloseInput = false,
            };
            using var xml = XmlReader.Create(stream, settings);
            var parser = new XesParser(xml, source, session, localClock);
            while (true)
            {
                List<UiEvent>? batch;
                try
                {
                    batch = parser.Next();
                }
                catch (XmlException e)
                {
                    throw new InputException(source, e.LineNumber, e.LinePosition.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        $"not well-formed XES (truncated or corrupt): {e.Message}", e);
                }
                catch (InvalidDataException e)
                {
                    throw new InputException(source, parser.Line, null, $"the compressed data is corrupt: {e.Message}", e);
                }
                if (batch is null)
                    yield break;
                foreach (var ev in batch)
                    yield return ev;
            }
        }
    }
}
