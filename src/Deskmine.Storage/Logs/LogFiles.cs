using System.Runtime.ExceptionServices;
using System.Text;
using Deskmine.Core.Errors;
using Deskmine.Core.Logs;
using Deskmine.Storage.DuckDb;
using Deskmine.Storage.Formats;

namespace Deskmine.Storage.Logs;

/// <summary>
/// Reads a log file straight into a columnar <see cref="EventLog"/>, without a store, with the meaning a store gives
/// the same <see cref="LogQuery"/> after importing the file (case notions, classifiers, attributes, order). A generic
/// CSV log is cut into chunks of whole rows that are parsed on every core at once; other formats are parsed on one
/// thread while the log is built on another (gzip: inflated on one thread, parsed on the other).
/// </summary>
public static class LogFiles
{
    /// <summary>How often progress is reported, in events.</summary>
    public const int ProgressInterval = 100_000;

    private const long ReadAheadBytes = 4 << 20;

    /// <summary>Size of a log from which the garbage of its read is given back before the log is used.</summary>
    private const int CollectAfterEvents = 4_000_000;

    /// <summary>
    /// Reads <paramref name="path"/> as <paramref name="format"/> (one of <see cref="LogFormats.All"/>; <c>null</c>
    /// detects it) and returns the log <paramref name="query"/> asks for. <paramref name="progress"/> is told the
    /// number of events read so far.
    /// </summary>
    /// <exception cref="InputException">No such file, an unknown format or field, or bad content (naming the line).</exception>
    public static EventLog Read(string path, string? format, ImportOptions options, LogQuery query, IProgress<long>? progress = null) =>
        Read(path, format, options, query, progress, CsvChunks.DefaultChunkBytes, Environment.ProcessorCount);

    /// <summary>As the public overload, with the chunk size and the number of parsing threads given (tests use tiny chunks).</summary>
    internal static EventLog Read(string path, string? format, ImportOptions options, LogQuery query, IProgress<long>? progress, int chunkBytes, int workers)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(query);
        options.Validate();
        var fields = new LogFields(query);
        InputFiles.RequireFile(path);
        var name = format?.Trim().ToLowerInvariant() ?? LogFormats.Detect(path);
        if (name == LogFormats.Csv && workers > 1 && !fields.UsesRowNumbers && SplitsAtBytes(options.Encoding.Encoding)
            && new FileInfo(path).Length >= 2L * chunkBytes && CsvChunks.Open(path, chunkBytes) is { } chunks)
        {
            using (chunks)
                return InParallel(chunks, path, options, fields, progress, workers);
        }
        return InSequence(path, name, options, fields, progress);
    }

    private static EventLog InSequence(string path, string format, ImportOptions options, LogFields fields, IProgress<long>? progress)
    {
        var chunk = new LogChunk(fields);
        if (format == LogFormats.Csv && !fields.UsesEventIds)
        {
            // A CSV row's fields are read where they lie: no event, id or attribute dictionary is built per row.
            try
            {
                using var rows = CsvEventReader.OpenRows(path, options);
                while (rows.MoveNext())
                {
                    chunk.Add(rows);
                    if (chunk.Seen % ProgressInterval == 0)
                        progress?.Report(chunk.Seen);
                }
            }
            catch (Exception e) when (LogReaders.IsContentError(e))
            {
                throw new InputException(path, null, null, $"the file cannot be read: {e.Message}", e);
            }
            progress?.Report(chunk.Seen);
            return LogAssembler.Assemble([chunk], fields);
        }
        var events = LogReaders.Open(path, format, options);
        // A gzip file already uses a second thread to inflate; any other large file is parsed a few thousand events
        // ahead on a second thread. A small file is read before a thread would have paid for itself.
        var source = IsGzip(path) || new FileInfo(path).Length < ReadAheadBytes ? events : ReadAhead.Of(events);
        long n = 0;
        foreach (var e in source)
        {
            chunk.Add(e);
            if (++n % ProgressInterval == 0)
                progress?.Report(n);
        }
        progress?.Report(n);
        return LogAssembler.Assemble([chunk], fields);
    }

    private static EventLog InParallel(CsvChunks chunks, string path, ImportOptions options, LogFields fields, IProgress<long>? progress, int workers)
    {
        var parts = new List<LogChunk?>();
        var failures = new Failures();
        var header = chunks.Header.Length;
        var fileBytes = chunks.FileBytes;
        var cases = new LogAssembler.CaseMerger(fileBytes);
        // The byte reader is made from the header on this thread while a worker already reads the first chunk: making it
        // opens the CSV reader once, whose first use is compiled at run time (tens of milliseconds before any parse).
        // The workers wait for it before their first parse; a failure to make it is each chunk's failure.
        var bytes = new Lazy<CsvByteRows?>(() => CsvByteRows.Create(chunks.Header, path, options, fields));
        long events = 0;
        var caseHint = 0;
        // The workers take turns cutting the next chunk off the file (a copy from the page cache, about 1 ms per chunk)
        // instead of a reader thread feeding them: one thread fewer to start, and none competing with the parsers for
        // the cores.
        var cutting = new Lock();

        CsvChunk? NextChunk()
        {
            lock (cutting)
            {
                // Cut in file order; once a chunk has failed nothing after it is needed.
                if (failures.Any)
                    return null;
                try
                {
                    var chunk = chunks.Next();
                    progress?.Report(Interlocked.Read(ref events));
                    return chunk;
                }
#pragma warning disable CA1031 // Handed to the caller with the chunk's place in the file.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    failures.Add(chunks.NextIndex, e);
                    return null;
                }
            }
        }

        void Work()
        {
            while (NextChunk() is { } chunk)
            {
                try
                {
                    if (failures.Skips(chunk.Index))
                        continue;
                    var part = Parse(chunk, path, options, fields, bytes.Value, header, Volatile.Read(ref caseHint));
                    lock (parts)
                    {
                        while (parts.Count <= chunk.Index)
                            parts.Add(null);
                        parts[chunk.Index] = part;
                    }
                    Interlocked.Add(ref events, part.Seen);
                    // The next chunk likely holds about as many cases: its dictionary is made that large at once.
                    Volatile.Write(ref caseHint, part.Cases.All.Count + (part.Cases.All.Count >> 2));
                    // The case keys are merged in file order while later chunks are still being parsed.
                    cases.TryAdvance(parts);
                }
#pragma warning disable CA1031 // Handed to the caller with the chunk's place in the file.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    failures.Add(chunk.Index, e);
                }
                finally
                {
                    chunk.Release();
                }
            }
        }

        // The join and the map after the parse run their passes on the thread pool: its threads and the parallel
        // loop's own start-up (its assembly, event source and first task) are made ready while the file is parsed,
        // instead of on the serial path after it.
        ThreadPool.UnsafeQueueUserWorkItem(static _ => Parallel.For(0, Environment.ProcessorCount, static _ => { }), null);
        EventLog log;
        var withoutCollections = CollectionPause.Begin(fileBytes);
        try
        {
            var helpers = Enumerable.Range(0, workers - 1)
                .Select(_ => Task.Factory.StartNew(Work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default))
                .ToArray();
            try
            {
                _ = bytes.Value;
            }
#pragma warning disable CA1031 // Kept by the lazy value and reported with the first chunk that needs it.
            catch (Exception)
#pragma warning restore CA1031
            {
            }
            Work();
            Task.WaitAll(helpers);
            failures.ThrowFirst();
            progress?.Report(events);
            log = LogAssembler.Assemble(parts, fields, cases);
        }
        finally
        {
            if (withoutCollections)
                CollectionPause.End();
        }
        // The chunks' columns and the parsed rows are garbage now, as large as the log itself: free them before mining
        // allocates its own, so the miner reuses their memory and the peak is the log plus the miner. Not compacted:
        // moving the log's arrays cost more than it saved (10 M events: 0.9 CPU-s more, 20 MB higher peak).
        // A small log is far from any memory limit, and the collection would cost more than the rest of its join.
        if (log.EventCount >= CollectAfterEvents)
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: false);
        return log;
    }

    /// <summary>Parses one chunk with the CSV reader; errors name the line of the file, not of the chunk.</summary>
    private static LogChunk Parse(CsvChunk chunk, string path, ImportOptions options, LogFields fields, CsvByteRows? bytes, int header, int caseHint)
    {
        // One event per line in the usual case: sized once, the columns are never copied while they fill.
        var lines = chunk.Buffer.AsSpan(0, chunk.Length).Count((byte)'\n');
        var part = new LogChunk(fields, lines, caseHint) { Bytes = chunk.Length - header };
        // Plain rows are read from their bytes; a chunk with anything else is read again by the CSV reader.
        if (bytes is not null)
        {
            if (bytes.TryRead(chunk.Buffer.AsSpan(header, chunk.Length - header), part))
                return part;
            part = new LogChunk(fields, lines, caseHint) { Bytes = chunk.Length - header };
        }
        using var text = new DecodingReader(new MemoryStream(chunk.Buffer, 0, chunk.Length, writable: false), path, options.Encoding);
        try
        {
            if (fields.UsesEventIds)
            {
                foreach (var e in CsvEventReader.Read(text, path, options))
                    part.Add(e);
            }
            else
            {
                using var rows = CsvEventReader.OpenRows(text, path, options);
                while (rows.MoveNext())
                    part.Add(rows);
            }
        }
        catch (InputException e) when (e.Line > 1)
        {
            // Line 1 of a chunk is the file's header; its rows start at the chunk's first line.
            throw new InputException(e.Source, e.Line - 2 + chunk.FirstLine, e.Column, e.Problem, e.InnerException);
        }
        catch (Exception e) when (LogReaders.IsContentError(e))
        {
            throw new InputException(path, null, null, $"the file cannot be read: {e.Message}", e);
        }
        return part;
    }

    // Cutting at quote and line-feed bytes is right only where those bytes never occur inside another character.
    private static bool SplitsAtBytes(Encoding encoding) => encoding.CodePage == Encoding.UTF8.CodePage || encoding.IsSingleByte;

    private static bool IsGzip(string path)
    {
        using var file = File.OpenRead(path);
        return file.ReadByte() == 0x1f && file.ReadByte() == 0x8b;
    }

    /// <summary>The failures of a parallel read; the one earliest in the file is the one reported.</summary>
    private sealed class Failures
    {
        private readonly Lock _lock = new();
        private int _index = int.MaxValue;
        private ExceptionDispatchInfo? _first;

        public bool Any => Volatile.Read(ref _index) != int.MaxValue;

        /// <summary>Whether chunk <paramref name="index"/> comes after a failed one and need not be read.</summary>
        public bool Skips(int index) => index > Volatile.Read(ref _index);

        public void Add(int index, Exception e)
        {
            lock (_lock)
            {
                if (index < _index)
                {
                    _index = index;
                    _first = ExceptionDispatchInfo.Capture(e);
                }
            }
        }

        public void ThrowFirst() => _first?.Throw();
    }
}
