namespace Deskmine.Mining.Filters;

/// <summary>Whether <see cref="AttributeFilter"/> selects whole cases or single events.</summary>
public enum AttributeFilterMode
{
    /// <summary>Select whole cases that have at least one event with one of the values.</summary>
    Cases,

    /// <summary>Select the events that have one of the values.</summary>
    Events,
}
