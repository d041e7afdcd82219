namespace Deskmine.Mining.Filters;

/// <summary>Options of <see cref="AttributeFilter"/>: which categorical attribute must take which values.</summary>
public sealed record AttributeFilterOptions
{
    /// <summary>Name of a categorical column of the log (<see cref="Deskmine.Core.Logs.EventLog.Attributes"/>), e.g. <c>user</c> or <c>team</c>.</summary>
    public required string Attribute { get; init; }

    /// <summary>The values to match (equals when one, "in" when several). Missing values never match.</summary>
    public required IReadOnlyList<string> Values { get; init; }

    /// <summary>Cases (default) or events.</summary>
    public AttributeFilterMode Mode { get; init; } = AttributeFilterMode.Cases;

    /// <summary>When <c>true</c>, drop what matches instead of keeping it.</summary>
    public bool Exclude { get; init; }

    /// <summary>Throws <see cref="ArgumentException"/> when the attribute name is empty or a value is null.</summary>
    public void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(Attribute, nameof(Attribute));
        ArgumentNullException.ThrowIfNull(Values, nameof(Values));
        if (Values.Any(v => v is null))
            throw new ArgumentException("Values must not contain null.", nameof(Values));
        if (!Enum.IsDefined(Mode))
            throw new ArgumentOutOfRangeException(nameof(Mode), Mode, "Unknown attribute filter mode.");
    }
}
