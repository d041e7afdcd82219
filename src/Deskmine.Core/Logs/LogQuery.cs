namespace Deskmine.Core.Logs;

/// <summary>
/// How to view stored events as an event log: which field is the case and which fields name the activity.
/// </summary>
public sealed record LogQuery
{
    /// <summary>The case notion: see <see cref="CaseNotions"/>.</summary>
    public string CaseNotion { get; init; } = CaseNotions.Auto;

    /// <summary>
    /// Fields of schema v1 whose values, joined with <c>" | "</c>, form the activity name, e.g.
    /// <c>["app", "kind", "target_name"]</c>. Empty means <see cref="ActivityClassifiers.Auto"/>.
    /// </summary>
    public IReadOnlyList<string> Classifier { get; init; } = ActivityClassifiers.Auto;

    /// <summary>Categorical columns to load for filters and statistics (schema fields or <c>attrs.KEY</c>).</summary>
    public IReadOnlyList<string> Attributes { get; init; } = ["user", "team"];
}

/// <summary>Case notions understood by every store.</summary>
public static class CaseNotions
{
    /// <summary>The imported case id; else the ground-truth task instance; else the session.</summary>
    public const string Auto = "auto";
    /// <summary>The case id stated by an imported log.</summary>
    public const string Imported = "case";
    /// <summary>The ground-truth task instance (simulated data).</summary>
    public const string Truth = "truth";
    /// <summary>The recording session.</summary>
    public const string Session = "session";
    /// <summary>The person.</summary>
    public const string User = "user";
    /// <summary>The task instance (segment) found by recognition (<c>deskmine mine</c>).</summary>
    public const string Segment = "segment";
    /// <summary>The business-object case found by recognition, else its segment.</summary>
    public const string Mined = "mined";

    /// <summary>Every case notion, in the order help texts list them.</summary>
    public static IReadOnlyList<string> All { get; } = [Auto, Imported, Truth, Session, User, Segment, Mined];
}

/// <summary>Activity classifiers understood by every store.</summary>
public static class ActivityClassifiers
{
    /// <summary>The imported activity when present, else app, kind and target name.</summary>
    public static readonly IReadOnlyList<string> Auto = ["auto"];
    /// <summary>App, kind and target name: the default for recorded desktop events.</summary>
    public static readonly IReadOnlyList<string> AppKindTarget = ["app", "kind", "target_name"];
}
