using Deskmine.Core.Events;
using Deskmine.Simulation;
using Deskmine.Storage.Workspaces;

namespace Deskmine.Workspaces.Simulations;

/// <summary>A synthetic back office with ground truth, appended to a workspace.</summary>
public static class SimulationRun
{
    // Events and truth are stored in chunks: one transaction per chunk keeps memory flat for long simulations.
    private const int ChunkSize = 200_000;

    /// <summary>Runs the simulator into <paramref name="workspace"/>, events and their truth side by side; returns the event count.</summary>
    /// <param name="workspace">The workspace, open for writing.</param>
    /// <param name="options">The simulation settings.</param>
    /// <param name="progress">Told the number of events stored so far after each chunk.</param>
    public static long Run(Workspace workspace, SimulationOptions options, IProgress<long>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(options);
        var store = workspace.Events;
        var chunkEvents = new List<UiEvent>(ChunkSize);
        var chunkTruth = new List<TruthRecord>(ChunkSize);
        long total = 0;
        foreach (var simulated in new BackOfficeSimulator().Run(options))
        {
            chunkEvents.Add(simulated.Event);
            chunkTruth.Add(simulated.Truth);
            if (chunkEvents.Count == ChunkSize)
                Flush();
        }
        Flush();
        return total;

        void Flush()
        {
            if (chunkEvents.Count == 0)
                return;
            store.Append(chunkEvents);
            store.AppendTruth(chunkTruth);
            total += chunkEvents.Count;
            progress?.Report(total);
            chunkEvents.Clear();
            chunkTruth.Clear();
        }
    }
}
