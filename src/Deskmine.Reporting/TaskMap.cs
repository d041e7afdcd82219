using Deskmine.Mining.Maps;

namespace Deskmine.Reporting;

/// <summary>The process map of one task type, offered next to the main map.</summary>
/// <param name="Name">Task type name shown in the map selector.</param>
/// <param name="Map">Its process map.</param>
public sealed record TaskMap(string Name, ProcessMap Map)
{
    /// <summary>The process model of this task type, drawn when the map selector shows it; <c>null</c> for none.</summary>
    public ReportProcessModel? ProcessModel { get; init; }
}
