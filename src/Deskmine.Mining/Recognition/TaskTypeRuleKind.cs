namespace Deskmine.Mining.Recognition;

/// <summary>What a <see cref="TaskTypeRule"/> does.</summary>
public enum TaskTypeRuleKind
{
    /// <summary>Give the type another name.</summary>
    Rename,
    /// <summary>Join several types into one.</summary>
    Merge,
    /// <summary>Move the type's segments that contain a given action into a new type.</summary>
    Split,
}
