namespace Deskmine.Mining.Recognition;

/// <summary>
/// What each action of a run reads as — its step name, or its label when it has none — as numbers: one per distinct
/// text. Lets a caller count steps over every segment of a run without a string per action (at 10 M events, 1.7 M
/// actions whose labels are kept as UTF-8 and would each be made into a string and looked up by it).
/// </summary>
public sealed class StepReadings
{
    private readonly IReadOnlyDictionary<string, string> _names;
    private readonly LabelMap<string>? _map;
    private readonly int[] _readingOfValue = [];
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly List<string> _texts = [];

    private StepReadings(IReadOnlyDictionary<string, string> names)
    {
        _names = names;
        _map = names as LabelMap<string>;
        if (_map is not null)
        {
            _readingOfValue = new int[_map.DistinctValues.Count];
            for (var v = 0; v < _readingOfValue.Length; v++)
                _readingOfValue[v] = _map.DistinctValues[v].Length > 0 ? Number(_map.DistinctValues[v]) : -1;
        }
    }

    /// <summary>The readings of the actions of <paramref name="tasks"/> (by its <see cref="RecognizedTasks.StepNames"/>).</summary>
    public static StepReadings Of(RecognizedTasks tasks)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        return new StepReadings(tasks.StepNames);
    }

    /// <summary>Number of distinct readings numbered so far.</summary>
    public int Count => _texts.Count;

    /// <summary>The text of reading <paramref name="reading"/>.</summary>
    public string Text(int reading) => _texts[reading];

    /// <summary>Replaces the content of <paramref name="readings"/> with the reading of each action of <paramref name="segment"/>, in order.</summary>
    public void Read(RecognizedSegment segment, List<int> readings)
    {
        ArgumentNullException.ThrowIfNull(segment);
        ArgumentNullException.ThrowIfNull(readings);
        readings.Clear();
        if (_map is not null && segment.Actions is CodedTexts coded && ReferenceEquals(coded.Table, _map.Labels))
        {
            foreach (var label in coded.Codes)
            {
                var reading = _readingOfValue[_map.ValueNumberOf(label)];
                readings.Add(reading >= 0 ? reading : Number(_map.Labels[label]));
            }
            return;
        }
        foreach (var label in segment.Actions)
            readings.Add(Number(_names.TryGetValue(label, out var name) && name.Length > 0 ? name : label));
    }

    private int Number(string text)
    {
        if (_numbers.TryGetValue(text, out var n))
            return n;
        _numbers[text] = n = _texts.Count;
        _texts.Add(text);
        return n;
    }
}
