namespace Deskmine.Analysis.Candidates;

/// <summary>A run of performed steps of one instance that a candidate covers.</summary>
/// <param name="Instance">Index into <see cref="Work.WorkLog.Instances"/>.</param>
/// <param name="First">Index of the first covered step in the instance's <see cref="Work.InstanceTiming.Steps"/>.</param>
/// <param name="Count">Number of covered steps.</param>
internal readonly record struct Occurrence(int Instance, int First, int Count);
