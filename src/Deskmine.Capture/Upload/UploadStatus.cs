namespace Deskmine.Capture.Upload;

/// <summary>A snapshot of what a <see cref="SpoolUploader"/> has done.</summary>
/// <param name="Batches">Requests the server acknowledged.</param>
/// <param name="Acknowledged">Events the server acknowledged (stored, or known already).</param>
/// <param name="Rejected">Events the server refused as invalid; marked in the spool, never resent.</param>
/// <param name="Failures">Failed attempts (server away, 5xx, 401) that were retried.</param>
/// <param name="ConsecutiveFailures">Failures since the last success.</param>
/// <param name="LastError">The last failure, without event content; <c>null</c> after a success.</param>
public sealed record UploadStatus(long Batches, long Acknowledged, long Rejected, long Failures, int ConsecutiveFailures, string? LastError);
