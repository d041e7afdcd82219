namespace Deskmine.Mining.Recognition;

/// <summary>
/// The readable step of each action label of a run, by label number (the numbers of the run's
/// <see cref="CodedTexts"/> of labels). Steps that read the same are numbered once (<see cref="TextOfStep"/>): task types
/// count steps by what they read as, and a step's text is rendered once here rather than once per action.
/// </summary>
internal sealed class LabelSteps
{
    private readonly IReadOnlyList<int> _stepOfLabel;
    private readonly IReadOnlyList<StepName> _steps;
    private readonly int[] _textOfStep;
    private readonly List<string> _texts = [];

    /// <summary>
    /// Label <c>i</c> reads as <c>steps[stepOfLabel[i]]</c>; a negative number, or a label past the end of
    /// <paramref name="stepOfLabel"/>, has no step.
    /// </summary>
    public LabelSteps(IReadOnlyList<int> stepOfLabel, IReadOnlyList<StepName> steps)
    {
        _stepOfLabel = stepOfLabel;
        _steps = steps;
        _textOfStep = new int[steps.Count];
        Texts = new string[steps.Count];
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < steps.Count; i++)
        {
            var text = Texts[i] = steps[i].Text;
            if (!numbers.TryGetValue(text, out _textOfStep[i]))
            {
                numbers[text] = _textOfStep[i] = _texts.Count;
                _texts.Add(text);
            }
        }
    }

    /// <summary>Number of steps.</summary>
    public int StepCount => _steps.Count;

    /// <summary>Number of distinct step texts.</summary>
    public int TextCount => _texts.Count;

    /// <summary>The text of each step, in step order.</summary>
    public string[] Texts { get; }

    /// <summary>Steps for labels given as text (<paramref name="labels"/>, one entry per label number).</summary>
    public static LabelSteps Of(IReadOnlyList<string> labels, IReadOnlyDictionary<string, StepName> steps)
    {
        var stepOfLabel = new int[labels.Count];
        var list = new List<StepName>();
        for (var l = 0; l < labels.Count; l++)
        {
            stepOfLabel[l] = -1;
            if (steps.TryGetValue(labels[l], out var step))
            {
                stepOfLabel[l] = list.Count;
                list.Add(step);
            }
        }
        return new LabelSteps(stepOfLabel, list);
    }

    /// <summary>The number of the step of <paramref name="label"/>, or <c>-1</c> when it has none.</summary>
    public int StepOf(int label) => (uint)label < (uint)_stepOfLabel.Count ? _stepOfLabel[label] : -1;

    /// <summary>The step numbered <paramref name="step"/>.</summary>
    public StepName Step(int step) => _steps[step];

    /// <summary>The number of what the step numbered <paramref name="step"/> reads as among distinct step texts.</summary>
    public int TextOfStep(int step) => _textOfStep[step];

    /// <summary>The distinct step text numbered <paramref name="text"/>.</summary>
    public string Text(int text) => _texts[text];
}
