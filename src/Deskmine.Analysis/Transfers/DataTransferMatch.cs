namespace Deskmine.Analysis.Transfers;

/// <summary>How the two ends of a <see cref="DataTransfer"/> were matched.</summary>
public enum DataTransferMatch
{
    /// <summary>The keyed hashes of the content were equal (the value itself was not kept).</summary>
    Hash,

    /// <summary>The kept values were equal, or equal after a simple transformation.</summary>
    Value,
}
