namespace Deskmine.Analysis.Transfers;

/// <summary>Every data transfer found in a work log.</summary>
/// <param name="Transfers">Transfers grouped by task type and the two fields, most frequent first.</param>
/// <param name="TransferEventShare">Per task type (index into <see cref="Work.WorkLog.TaskTypes"/>), the share
/// (0–1) of its instances' events that take part in a transfer (the copy, the paste, the typing of a read value).</param>
public sealed record DataTransferReport(IReadOnlyList<DataTransfer> Transfers, IReadOnlyList<double> TransferEventShare);
