namespace Deskmine.Mining.Recognition;

/// <summary>Which routine each action of a stream belongs to.</summary>
/// <param name="Routine">Routine index per action.</param>
/// <param name="Restart">True where an action starts a new instance of the routine the previous action belonged to.</param>
/// <param name="Model">The routine model the reading was made with (its routine indices are those of <paramref name="Routine"/>).</param>
internal sealed record RoutineReading(int[] Routine, bool[] Restart, RoutineModel Model);
