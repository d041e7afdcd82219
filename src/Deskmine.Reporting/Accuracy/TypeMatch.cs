namespace Deskmine.Reporting.Accuracy;

/// <summary>A task type recognition found and the true task type most of its events belong to.</summary>
/// <param name="Found">The found type's name.</param>
/// <param name="Instances">Its task instances.</param>
/// <param name="TrueType">The true type of most of its events, or <c>null</c> when most of them belong to no true task.</param>
/// <param name="Share">The share (0–1) of its events that belong to <paramref name="TrueType"/>.</param>
public sealed record TypeMatch(string Found, long Instances, string? TrueType, double Share);
