using Deskmine.Analysis.Compliance.Replay;
using Deskmine.Core.Errors;

namespace Deskmine.Analysis.Compliance;

/// <summary>How <see cref="Compliance.Check"/> and <c>Compliance.CheckModel</c> read the log and report.</summary>
public sealed record ComplianceOptions
{
    /// <summary>The default settings.</summary>
    public static ComplianceOptions Default { get; } = new();

    /// <summary>
    /// Attribute whose value groups the cases for violation rates (a case's group is the value on its first event
    /// that has one). Default <c>team</c>; <c>null</c> turns rates off. A log without the attribute gets no rates.
    /// </summary>
    public string? GroupBy { get; init; } = "team";

    /// <summary>
    /// Attributes that name who performed an event, tried in order per event (<c>four_eyes</c> and the evidence).
    /// Default <c>user</c>, then <c>org:resource</c>.
    /// </summary>
    public IReadOnlyList<string> ResourceAttributes { get; init; } = ["user", "org:resource"];

    /// <summary>
    /// Whether a case in which the first <c>a</c> of a <c>max_duration</c> rule is never followed by <c>b</c> violates
    /// it. Default <c>false</c>: the rule measures a duration, and a missing <c>b</c> is what <c>response</c> checks.
    /// </summary>
    public bool MaxDurationRequiresTarget { get; init; }

    /// <summary>How many close activity names a warning about an unknown activity lists. Default 3.</summary>
    public int ClosestNames { get; init; } = 3;

    /// <summary>Settings of the model check (methods and the bounds of the alignment search).</summary>
    public ModelCheckOptions Model { get; init; } = ModelCheckOptions.Default;

    /// <summary>Checks every setting.</summary>
    /// <exception cref="InputException">A setting is out of range.</exception>
    public void Validate()
    {
        if (GroupBy is { Length: 0 })
            throw new InputException(nameof(ComplianceOptions), null, nameof(GroupBy), "expected an attribute name or null, got an empty name");
        if (ResourceAttributes is null || ResourceAttributes.Any(string.IsNullOrWhiteSpace))
            throw new InputException(nameof(ComplianceOptions), null, nameof(ResourceAttributes), "expected a list of attribute names");
        if (ClosestNames is < 0 or > 20)
            throw new InputException(nameof(ComplianceOptions), null, nameof(ClosestNames), $"expected 0 to 20, got {ClosestNames}");
        if (Model is null)
            throw new InputException(nameof(ComplianceOptions), null, nameof(Model), "expected model check settings");
        Model.Validate();
    }
}
