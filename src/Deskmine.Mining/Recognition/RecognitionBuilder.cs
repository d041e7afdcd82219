namespace Deskmine.Mining.Recognition;

/// <summary>
/// Recognition across people, one person at a time: <see cref="Add"/> takes each person's analysed stream (in
/// ordinal order of the people), <see cref="Finish"/> groups the instances of everyone into task types. Between the
/// two, only compact per-segment records and interned labels are kept, so a caller that streams people from a store
/// holds one person's raw events at a time. Gives exactly what <see cref="TaskRecognizer.Recognize"/> gives.
/// </summary>
public sealed class RecognitionBuilder
{
    private readonly RecognitionOptions _options;
    private readonly IReadOnlyList<TaskTypeRule> _rules;
    // Every action label of the run once, numbered in order of first appearance: per event a run keeps a number, not a reference.
    private readonly LabelTable _labels = new();
    // Applications and features of every action, once each, numbered likewise.
    private readonly Dictionary<string, int> _textIds = new(StringComparer.Ordinal);
    private readonly List<string> _texts = [];
    // Per label the number of its step name among the distinct ones: labels outnumber what they read as (one label per
    // six events on the simulator, most differing only in ids or values that names leave out), and a name with its
    // word lists costs more than its label.
    private readonly List<int> _stepOfLabel = [];
    private readonly List<StepName> _steps = [];
    private readonly Dictionary<StepName, int> _stepIds = new(StepNameComparer.Instance);
    private readonly HashSet<string> _valueWords = new(StringComparer.OrdinalIgnoreCase);
    // Per segment its actions' label, application and feature numbers; in a temporary file past a budget.
    private readonly SegmentCodes _segmentCodes;
    private readonly List<(string User, string? CaseId, long? Start, long? End, int Count)> _segInfo = [];
    private readonly List<TaskSuspension> _suspensions = [];
    private RecognizedTasks? _tasks;
    private int[]? _typeOfSegment;
    private string? _lastPerson;

    /// <summary>A builder with <paramref name="options"/> (<see cref="RecognitionOptions.Default"/> when <c>null</c>) and labelling rules to apply in order.</summary>
    public RecognitionBuilder(RecognitionOptions? options = null, IReadOnlyList<TaskTypeRule>? rules = null)
        : this(options, rules, SegmentCodes.DefaultMemoryBudget)
    {
    }

    // A builder that keeps at most segmentBudget numbers of the segments in memory until Finish.
    internal RecognitionBuilder(RecognitionOptions? options, IReadOnlyList<TaskTypeRule>? rules, long segmentBudget)
    {
        _segmentCodes = new SegmentCodes(segmentBudget);
        _options = options ?? RecognitionOptions.Default;
        _options.Validate();
        _rules = rules ?? [];
    }

    /// <summary>
    /// Adds one person's stream; people must come in ordinal order of their pseudonyms (segment numbers follow it).
    /// The returned handle answers per-event questions once <see cref="Finish"/> has run.
    /// </summary>
    public PersonResult Add(PersonRecognition person)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (_tasks is not null)
            throw new InvalidOperationException("No person can be added after Finish.");
        if (_lastPerson is not null && string.CompareOrdinal(_lastPerson, person.Person) >= 0)
            throw new ArgumentException($"People must be added once each in ordinal order: '{person.Person}' came after '{_lastPerson}'.", nameof(person));
        _lastPerson = person.Person;

        var offset = _segmentCodes.Count;
        var labelIds = new int[person.Labels.Count];
        for (var l = 0; l < labelIds.Length; l++)
        {
            labelIds[l] = _labels.Add(person.Labels[l], out var added);
            if (added)
                _stepOfLabel.Add(StepId(person.Steps[l]));
        }
        foreach (var s in person.Segments)
        {
            _segmentCodes.Add([.. s.Labels.Select(l => labelIds[l])], [.. s.Apps.Select(TextId)], [.. s.Features.Select(TextId)]);
            _segInfo.Add((person.Person, s.CaseId, s.Start, s.End, s.Count));
        }
        foreach (var x in person.Suspensions)
            _suspensions.Add(x with { Segment = x.Segment + offset, InterruptedBy = x.InterruptedBy + offset });
        _valueWords.UnionWith(person.ValueWords);
        return new PersonResult(this, person, labelIds, offset);
    }

    /// <summary>
    /// The action label numbered <paramref name="labelId"/> (see <see cref="PersonResult.LabelIdOf"/>), as a new string:
    /// numbers follow the order in which labels first appear in the run.
    /// </summary>
    public string Label(int labelId) => _labels[labelId];

    /// <summary>Number of distinct action labels added so far (label numbers run from 0 to one less).</summary>
    public int LabelCount => _labels.Count;

    /// <summary>The action labels added so far, by number; each is made into a string when read.</summary>
    public IReadOnlyList<string> Labels => _labels;

    /// <summary>Groups every added instance into task types and names them; call once, after the last <see cref="Add"/>.</summary>
    public RecognizedTasks Finish()
    {
        if (_tasks is not null)
            return _tasks;
        // Names are cleaned and rendered once per distinct name, not once per label.
        var cleaned = new StepName[_steps.Count];
        for (var i = 0; i < cleaned.Length; i++)
            cleaned[i] = _steps[i].Without(_valueWords);
        var steps = new LabelSteps(_stepOfLabel, cleaned);
        _stepIds.Clear();
        // Locals, not fields, from here: each list can be collected after its last use.
        var (labelCodes, appCodes, featureCodes) = _segmentCodes.TakeAll();
        var segLabels = labelCodes.ConvertAll(codes => new CodedTexts(codes, _labels));
        var segApps = appCodes.ConvertAll(codes => new CodedTexts(codes, _texts));
        var segFeatures = featureCodes.ConvertAll(codes => new CodedTexts(codes, _texts));
        var typeOfCluster = TaskTypeDiscovery.Discover(segFeatures, _options);
        var (types, finalType) = TaskTypeRules.Build(typeOfCluster, segLabels, segApps, _rules, steps);
        _typeOfSegment = finalType;
        var segments = new RecognizedSegment[_segInfo.Count];
        for (var s = 0; s < segments.Length; s++)
        {
            var x = _segInfo[s];
            segments[s] = new RecognizedSegment(s, x.User, finalType[s], x.CaseId, x.Start, x.End, x.Count, segLabels[s]);
        }
        _tasks = new RecognizedTasks
        {
            Segments = segments,
            TaskTypes = types,
            Suspensions = [.. _suspensions],
            StepNames = new LabelMap<string>(_labels, _stepOfLabel, steps.Texts),
        };
        return _tasks;
    }

    internal int TypeOfSegment(int segment) =>
        (_typeOfSegment ?? throw new InvalidOperationException("Task types are known only after Finish."))[segment];

    internal IReadOnlySet<string> ValueWords => _tasks is not null ? _valueWords
        : throw new InvalidOperationException("Step names are known only after Finish.");

    private int StepId(StepName step) => Number(step, _stepIds, _steps);

    private int TextId(string text) => Number(text, _textIds, _texts);

    // The number of a value in a table numbered in order of first appearance; a new value gets the next one.
    private static int Number<T>(T value, Dictionary<T, int> numbers, List<T> values)
        where T : notnull
    {
        if (numbers.TryGetValue(value, out var id))
            return id;
        numbers[value] = id = values.Count;
        values.Add(value);
        return id;
    }
}
