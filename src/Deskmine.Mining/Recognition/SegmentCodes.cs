using System.Runtime.InteropServices;
using Deskmine.Core.IO;

namespace Deskmine.Mining.Recognition;

/// <summary>
/// What a <see cref="RecognitionBuilder"/> keeps of every segment until the task types are found: per action its label,
/// application and feature number. Past a budget (<see cref="DefaultMemoryBudget"/>) the segments go to a temporary
/// file and come back only when the task types are found: at 10 M events they are about 30 M numbers in half a million
/// arrays (150 MB) that grew with every person read, while the analysis of each person needs its own memory, and they
/// are not read before.
/// </summary>
internal sealed class SegmentCodes : IDisposable
{
    /// <summary>Numbers (labels, applications and features together) kept in memory before the segments go to a file.</summary>
    public const long DefaultMemoryBudget = 8L << 20;
    private readonly long _memoryBudget;
    private List<int[]> _labels = [];
    private List<int[]> _apps = [];
    private List<int[]> _features = [];
    private long _numbers;
    private FileStream? _file;

    /// <summary>A store that keeps up to <paramref name="memoryBudget"/> numbers in memory.</summary>
    public SegmentCodes(long memoryBudget = DefaultMemoryBudget)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(memoryBudget);
        _memoryBudget = memoryBudget;
    }

    /// <summary>Number of segments added.</summary>
    public int Count { get; private set; }

    /// <summary>Whether the segments are in the file.</summary>
    internal bool InFile => _file is not null;

    /// <summary>Adds one segment: per action its label, application and feature number (arrays of one length).</summary>
    public void Add(int[] labels, int[] apps, int[] features)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(apps);
        ArgumentNullException.ThrowIfNull(features);
        if (apps.Length != labels.Length || features.Length != labels.Length)
            throw new ArgumentException("A segment has one label, application and feature per action.", nameof(apps));
        Count++;
        if (_file is not null)
        {
            Write(labels, apps, features);
            return;
        }
        _labels.Add(labels);
        _apps.Add(apps);
        _features.Add(features);
        _numbers += 3L * labels.Length;
        if (_numbers > _memoryBudget)
            MoveToFile();
    }

    /// <summary>Every segment's numbers, in the order added; the store is empty afterwards.</summary>
    public (List<int[]> Labels, List<int[]> Apps, List<int[]> Features) TakeAll()
    {
        var all = (_labels, _apps, _features);
        if (_file is not null)
        {
            all = ([], [], []);
            _file.Flush();
            _file.Position = 0;
            for (var s = 0; s < Count; s++)
            {
                var n = ReadInt();
                all._labels.Add(ReadInts(n));
                all._apps.Add(ReadInts(n));
                all._features.Add(ReadInts(n));
            }
            _file.Dispose();
            _file = null;
        }
        (_labels, _apps, _features, _numbers, Count) = ([], [], [], 0, 0);
        return all;
    }

    public void Dispose() => _file?.Dispose();

    private void MoveToFile()
    {
        _file = TemporaryFile.Create("segments", 1 << 20, FileOptions.SequentialScan);
        for (var s = 0; s < _labels.Count; s++)
            Write(_labels[s], _apps[s], _features[s]);
        (_labels, _apps, _features) = ([], [], []);
    }

    private void Write(int[] labels, int[] apps, int[] features)
    {
        Span<int> count = [labels.Length];
        _file!.Write(MemoryMarshal.AsBytes(count));
        _file.Write(MemoryMarshal.AsBytes(labels.AsSpan()));
        _file.Write(MemoryMarshal.AsBytes(apps.AsSpan()));
        _file.Write(MemoryMarshal.AsBytes(features.AsSpan()));
    }

    private int ReadInt()
    {
        Span<int> one = [0];
        _file!.ReadExactly(MemoryMarshal.AsBytes(one));
        return one[0];
    }

    private int[] ReadInts(int count)
    {
        var ints = new int[count];
        _file!.ReadExactly(MemoryMarshal.AsBytes(ints.AsSpan()));
        return ints;
    }
}
