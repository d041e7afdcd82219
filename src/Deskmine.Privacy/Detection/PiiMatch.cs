namespace Deskmine.Privacy.Detection;

/// <summary>A span of text that a detector will replace.</summary>
/// <param name="Start">0-based start index.</param>
/// <param name="Length">Number of characters.</param>
public readonly record struct PiiMatch(int Start, int Length);
