namespace Deskmine.Mining.Recognition;

/// <summary>The attribute a split rule (<see cref="TaskTypeRule.By"/>) divides a task type's instances by.</summary>
public enum TaskTypeSplitBy
{
    /// <summary>The application in which most of an instance's actions happen.</summary>
    Application,

    /// <summary>The first step of an instance (the action it starts with).</summary>
    FirstStep,
}
