using System.IO.Compression;
using Deskmine.Core.Errors;
using Deskmine.Storage.Formats;

namespace Deskmine.Storage.Tests.Formats;

/// <summary>
/// Property: whatever bytes a reader is given, it either yields events or throws an <see cref="InputException"/>,
/// never another exception. Seeds are the small fixtures; each case flips, deletes, duplicates or inserts random
/// bytes (a fixed random seed per case, so a failure repeats). A bounded random-mutation test, not coverage-guided fuzzing.
/// </summary>
public sealed class ReaderMutationTests : IDisposable
{
    private const int CasesPerSeed = 150;
    private readonly TempWorkspace _dir = new();

    public static TheoryData<string, string> Seeds => new()
    {
        { "actionlogger-small.csv", "actionlogger" },
        { "cpn-small.csv", "cpn" },
        { "small.xes", "xes" },
        { "small.xes", "xes.gz" },
        { "actionlogger-small.csv", "csv" },
        { "actionlogger-small.csv", "deskmine" },
    };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Mutated_input_yields_events_or_an_input_exception_only(string fixture, string format)
    {
        var seed = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Formats", "Fixtures", fixture));
        var gzip = format == "xes.gz";
        var readerFormat = gzip ? "xes" : format;
        var random = new Random(fixture.GetHashCode(StringComparison.Ordinal) ^ format.Length);
        var file = Path.Combine(_dir.Path, gzip ? "m.xes.gz" : "m.log");
        for (var i = 0; i < CasesPerSeed; i++)
        {
            var bytes = Mutate(seed, random);
            File.WriteAllBytes(file, gzip ? Corrupt(Gzip(bytes), random) : bytes);
            try
            {
                foreach (var e in LogReaders.Open(file, readerFormat))
                    Assert.NotNull(e.Session);
            }
            catch (InputException)
            {
                // The one allowed failure.
            }
            catch (Exception e)
            {
                Assert.Fail($"case {i} of {fixture} as {format}: {e.GetType().Name}: {e.Message}");
            }
        }
    }

    private static byte[] Mutate(byte[] seed, Random random)
    {
        var bytes = new List<byte>(seed);
        var edits = random.Next(1, 8);
        for (var k = 0; k < edits && bytes.Count > 0; k++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(6))
            {
                case 0: bytes[at] = (byte)random.Next(256); break;
                case 1: bytes.RemoveRange(at, Math.Min(bytes.Count - at, random.Next(1, 64))); break;
                case 2: bytes.InsertRange(at, bytes.GetRange(at, Math.Min(bytes.Count - at, random.Next(1, 64)))); break;
                case 3: bytes.Insert(at, Interesting[random.Next(Interesting.Length)]); break;
                case 4: bytes.RemoveRange(at, bytes.Count - at); break;
                default: bytes.InsertRange(at, "9999-12-31T23:59:59-01:00"u8.ToArray()); break;
            }
        }
        return [.. bytes];
    }

    private static readonly byte[] Interesting = [0, (byte)'"', (byte)',', (byte)'\n', (byte)'\r', (byte)'<', (byte)'>', (byte)'&', 0xC3, 0xE9, 0xFF, 0xEF];

    private static byte[] Gzip(byte[] data)
    {
        var output = new MemoryStream();
        using (var zip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
            zip.Write(data);
        return output.ToArray();
    }

    // Half the compressed cases also get a damaged byte, so the inflater's own errors are exercised.
    private static byte[] Corrupt(byte[] gz, Random random)
    {
        if (random.Next(2) == 0 && gz.Length > 2)
            gz[random.Next(2, gz.Length)] ^= (byte)random.Next(1, 256);
        return gz;
    }

    public void Dispose() => _dir.Dispose();
}
