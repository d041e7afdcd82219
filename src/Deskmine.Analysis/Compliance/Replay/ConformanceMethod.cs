namespace Deskmine.Analysis.Compliance.Replay;

/// <summary>How a log is checked against a model.</summary>
[Flags]
public enum ConformanceMethod
{
    /// <summary>Optimal alignments (A* over the synchronous product): exact, slower.</summary>
    Alignments = 1,
    /// <summary>Token-based replay: fast, but its choice of silent transitions can blame a fitting case.</summary>
    TokenReplay = 2,
    /// <summary>Both methods, each reported as its own rule.</summary>
    Both = Alignments | TokenReplay,
}
