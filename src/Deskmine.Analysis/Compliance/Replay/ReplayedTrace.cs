namespace Deskmine.Analysis.Compliance.Replay;

/// <summary>Token replay of one activity sequence: token counts and the positions that did not replay cleanly.</summary>
internal sealed record ReplayedTrace(int Missing, int Consumed, int Remaining, int Produced, IReadOnlyList<int> Problems, IReadOnlyList<string> Forced)
{
    public bool Fits => Missing == 0 && Remaining == 0 && Problems.Count == 0;

    public double Fitness => 0.5 * (1 - (Consumed == 0 ? 0 : (double)Missing / Consumed)) + 0.5 * (1 - (Produced == 0 ? 0 : (double)Remaining / Produced));
}
