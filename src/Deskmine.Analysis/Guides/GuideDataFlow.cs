namespace Deskmine.Analysis.Guides;

/// <summary>A data transfer (from the transfer report) that touches a step's field.</summary>
/// <param name="Direction">Whether the value arrives in the step's field or leaves it.</param>
/// <param name="OtherApplication">The application at the other end.</param>
/// <param name="OtherField">The field, cell or element at the other end.</param>
/// <param name="Count">How many times the value moved this way.</param>
/// <param name="Transformation">A simple transformation seen on the way, or <c>null</c>.</param>
public sealed record GuideDataFlow(GuideFlowDirection Direction, string OtherApplication, string OtherField, int Count, string? Transformation);
