using Deskmine.Core.Errors;

namespace Deskmine.Mining.Models;

/// <summary>Settings of the <see cref="InductiveMiner"/>.</summary>
public sealed record InductiveMinerOptions
{
    /// <summary>The defaults: noise 0, the plain inductive miner (IM), whose model replays every case.</summary>
    public static InductiveMinerOptions Default { get; } = new();

    /// <summary>
    /// Noise threshold <i>f</i> of the infrequent variant (IMf), 0 to 1. At 0 the miner is IM. Above 0, when no cut
    /// is found on the full directly-follows graph, edges weaker than <i>f</i> times the strongest edge leaving the
    /// same activity are dropped (and start and end activities weaker than <i>f</i> times the strongest) and cuts are
    /// searched again; events that do not fit the cut are left out of the sub-logs; empty traces and repetitions of a
    /// single activity rarer than <i>f</i> are ignored. Default 0.
    /// </summary>
    public double NoiseThreshold { get; init; }

    /// <summary>Checks every setting.</summary>
    /// <exception cref="InputException">The noise threshold is outside 0 to 1.</exception>
    public void Validate()
    {
        if (double.IsNaN(NoiseThreshold) || NoiseThreshold is < 0 or > 1)
            throw new InputException(nameof(InductiveMinerOptions), null, "noise", $"expected a noise threshold from 0 to 1, got {NoiseThreshold}");
    }
}
