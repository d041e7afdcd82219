namespace Deskmine.Analysis.Compliance.Replay;

/// <summary>
/// An optimal alignment of one activity sequence, or why the search gave up. <see cref="Deviations"/> counts log
/// moves and visible model moves (the standard cost function); silent moves are free.
/// </summary>
internal sealed record AlignedTrace(int Deviations, IReadOnlyList<int> LogMoves, IReadOnlyList<string> Skipped, int States, string? GaveUp)
{
    public static AlignedTrace Failed(string reason, int states) => new(0, [], [], states, reason);
}
