namespace Deskmine.Mining.Recognition;

/// <summary>
/// Settings of the activity-recognition pipeline (abstraction, segmentation, task-type discovery, case
/// correlation). One set of defaults serves every log; see <c>docs/recognition.md</c> for why each value.
/// </summary>
public sealed record RecognitionOptions
{
    /// <summary>Default settings.</summary>
    public static RecognitionOptions Default { get; } = new();

    /// <summary>A pause longer than this always ends a task instance (default 10 minutes).</summary>
    public TimeSpan MaxIdle { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>A template slot is a variable part (id, number, name) when it takes at least this many distinct values (default 6).</summary>
    public int MinVariableValues { get; init; } = 6;

    /// <summary>... and when those distinct values are at least this share of its occurrences (default 0.05).</summary>
    public double MinVariableShare { get; init; } = 0.05;

    /// <summary>Fewer occurrences than this and a label cannot be a routine start (default 5).</summary>
    public int MinStartSupport { get; init; } = 5;

    /// <summary>
    /// A label starts routines when even its short (10th-percentile) preceding pause is this many times the
    /// stream's median pause between actions (default 2).
    /// </summary>
    public double StartPauseRatio { get; init; } = 2.0;

    /// <summary>
    /// Business-object keys are trusted for segmentation when at least this share of consecutive keyed actions
    /// share a key (default 0.5): keys that persist over several actions name the object being worked on.
    /// </summary>
    public double MinKeyPersistence { get; init; } = 0.5;

    /// <summary>
    /// ... and when at least this share of all actions carries a key (default 0.1): a value seen on a few actions
    /// (a cell copied now and then) is an attribute of the work, not the object that frames every instance.
    /// </summary>
    public double MinKeyedShare { get; init; } = 0.1;

    /// <summary>A task whose object comes back within this time is resumed rather than restarted (default 30 minutes).</summary>
    public TimeSpan ResumeWindow { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>A copy within this time after a selection of the same value merges with it (default 5 s).</summary>
    public TimeSpan CopyPairWindow { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>An application switch followed by another within this time is focus flicker (default 500 ms).</summary>
    public TimeSpan FlickerWindow { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Segments with fewer actions than this are noise (default 2).</summary>
    public int MinSegmentActions { get; init; } = 2;

    /// <summary>Highest number of task types tried per clustering (default 12).</summary>
    public int MaxTaskTypes { get; init; } = 12;

    /// <summary>Below this best silhouette the segments form a single task type (default 0.25).</summary>
    public double MinSilhouette { get; init; } = 0.25;

    /// <summary>
    /// Two groups are separate task types only when their average Jaccard distance (over action-label sets) is at
    /// least this (default 0.6): groups that share more than 40 % of their actions are variants of one type.
    /// </summary>
    public double MinTypeSeparation { get; init; } = 0.6;

    /// <summary>
    /// A group of segments is a task type of its own only when it holds at least this share of all segments (default
    /// 0.02); smaller groups join the nearest type (a rule can still split them out).
    /// </summary>
    public double MinTypeShare { get; init; } = 0.02;

    /// <summary>At most this many distinct segment signatures are clustered; rarer ones join their nearest type (default 300).</summary>
    public int MaxClusteredSignatures { get; init; } = 300;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first invalid setting.</summary>
    public void Validate()
    {
        Positive(MaxIdle, nameof(MaxIdle));
        Positive(ResumeWindow, nameof(ResumeWindow));
        Positive(CopyPairWindow, nameof(CopyPairWindow));
        Positive(FlickerWindow, nameof(FlickerWindow));
        if (MinVariableValues < 2)
            throw new ArgumentOutOfRangeException(nameof(MinVariableValues), MinVariableValues, "must be at least 2");
        if (!(MinVariableShare is >= 0.0 and <= 1.0))
            throw new ArgumentOutOfRangeException(nameof(MinVariableShare), MinVariableShare, "must be in [0, 1]");
        if (MinStartSupport < 2)
            throw new ArgumentOutOfRangeException(nameof(MinStartSupport), MinStartSupport, "must be at least 2");
        if (!(StartPauseRatio > 1.0) || double.IsInfinity(StartPauseRatio))
            throw new ArgumentOutOfRangeException(nameof(StartPauseRatio), StartPauseRatio, "must be a finite number above 1");
        if (!(MinKeyPersistence is > 0.0 and <= 1.0))
            throw new ArgumentOutOfRangeException(nameof(MinKeyPersistence), MinKeyPersistence, "must be in (0, 1]");
        if (!(MinKeyedShare is >= 0.0 and <= 1.0))
            throw new ArgumentOutOfRangeException(nameof(MinKeyedShare), MinKeyedShare, "must be in [0, 1]");
        if (MinSegmentActions < 1)
            throw new ArgumentOutOfRangeException(nameof(MinSegmentActions), MinSegmentActions, "must be at least 1");
        if (MaxTaskTypes < 1)
            throw new ArgumentOutOfRangeException(nameof(MaxTaskTypes), MaxTaskTypes, "must be at least 1");
        if (!(MinSilhouette is >= -1.0 and <= 1.0))
            throw new ArgumentOutOfRangeException(nameof(MinSilhouette), MinSilhouette, "must be in [-1, 1]");
        if (!(MinTypeSeparation is >= 0.0 and <= 1.0))
            throw new ArgumentOutOfRangeException(nameof(MinTypeSeparation), MinTypeSeparation, "must be in [0, 1]");
        if (!(MinTypeShare is >= 0.0 and < 1.0))
            throw new ArgumentOutOfRangeException(nameof(MinTypeShare), MinTypeShare, "must be in [0, 1)");
        if (MaxClusteredSignatures < 2)
            throw new ArgumentOutOfRangeException(nameof(MaxClusteredSignatures), MaxClusteredSignatures, "must be at least 2");
    }

    private static void Positive(TimeSpan value, string name)
    {
        if (value <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(name, value, "must be positive");
    }
}
