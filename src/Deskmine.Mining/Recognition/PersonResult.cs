namespace Deskmine.Mining.Recognition;

/// <summary>
/// The per-event results of one person's stream (events numbered as they were given to
/// <see cref="PersonRecognition.Analyse"/>). Segments and labels are known once the person is added; task types and
/// step names once the builder has finished.
/// </summary>
public sealed class PersonResult
{
    private readonly RecognitionBuilder _builder;
    private readonly int[] _segmentOfEvent;
    private readonly int[] _labelOfEvent;
    private readonly bool[] _redundant;
    private readonly List<StepName> _steps;
    private readonly int[] _labelIds;
    private readonly int _offset;
    private string[]? _stepNames;

    internal PersonResult(RecognitionBuilder builder, PersonRecognition person, int[] labelIds, int offset)
    {
        _builder = builder;
        // Only the per-event arrays are kept: the person's segments live on in the builder, interned.
        Person = person.Person;
        _segmentOfEvent = person.SegmentOfEvent;
        _labelOfEvent = person.LabelOfEvent;
        _redundant = person.Redundant;
        _steps = person.Steps;
        _labelIds = labelIds;
        _offset = offset;
    }

    /// <summary>The person (pseudonym).</summary>
    public string Person { get; }

    /// <summary>Number of events of the stream.</summary>
    public int EventCount => _segmentOfEvent.Length;

    /// <summary>Segment index (into <see cref="RecognizedTasks.Segments"/>) of event <paramref name="k"/>, or <c>-1</c> for noise.</summary>
    public int SegmentOf(int k) => _segmentOfEvent[k] is var s && s < 0 ? -1 : s + _offset;

    /// <summary>Action label of event <paramref name="k"/>.</summary>
    public string LabelOf(int k) => _builder.Label(LabelIdOf(k));

    /// <summary>Run-wide number of the action label of event <paramref name="k"/> (<see cref="RecognitionBuilder.Label"/> gives its text).</summary>
    public int LabelIdOf(int k) => _labelIds[_labelOfEvent[k]];

    /// <summary>Whether event <paramref name="k"/> was merged into another action.</summary>
    public bool IsRedundant(int k) => _redundant[k];

    /// <summary>Task-type index of event <paramref name="k"/>, or <c>-1</c> for noise (after <see cref="RecognitionBuilder.Finish"/>).</summary>
    public int TaskTypeOf(int k) => SegmentOf(k) is var s && s < 0 ? -1 : _builder.TypeOfSegment(s);

    /// <summary>Readable step name of event <paramref name="k"/> as this person's stream names it (after <see cref="RecognitionBuilder.Finish"/>).</summary>
    public string StepNameOf(int k)
    {
        _stepNames ??= [.. _steps.Select(s => s.Without(_builder.ValueWords).Text)];
        return _stepNames[_labelOfEvent[k]];
    }
}
