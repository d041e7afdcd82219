namespace Deskmine.Analysis.TimeStudy;

/// <summary>Share of a task type's handling time spent in one application.</summary>
/// <param name="App">Application name (empty when events name none).</param>
/// <param name="Share">Share (0–1) of handling time.</param>
/// <param name="Hours">Observed handling hours in it.</param>
public sealed record ApplicationShare(string App, double Share, double Hours);
