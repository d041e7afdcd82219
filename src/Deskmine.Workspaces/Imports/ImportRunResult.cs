namespace Deskmine.Workspaces.Imports;

/// <summary>What an <see cref="ImportRun"/> stored.</summary>
/// <param name="WorkspaceDirectory">Full path of the workspace.</param>
/// <param name="Imported">Events read from the file and stored.</param>
/// <param name="WorkspaceTotal">Events the workspace holds afterwards.</param>
/// <param name="Elapsed">Wall time of reading and storing.</param>
public sealed record ImportRunResult(string WorkspaceDirectory, long Imported, long WorkspaceTotal, TimeSpan Elapsed)
{
    /// <summary>What the privacy filter did, when the import had a policy; <c>null</c> otherwise.</summary>
    public Privacy.PrivacyStats? Privacy { get; init; }

    /// <summary>Events stored per second.</summary>
    public double EventsPerSecond => Imported / Math.Max(Elapsed.TotalSeconds, 1e-6);
}
