using System.Collections.Concurrent;
using System.Globalization;
using Deskmine.Server.Ingest;
using Deskmine.Workspaces.Recognition;

namespace Deskmine.Server.Reading;

/// <summary>
/// Long runs started from the API: a recognition run (<c>deskmine mine</c>) on the workspace, one at a time, as
/// the single writer; readers keep the previous snapshot until it finishes and a new one is published.
/// </summary>
internal sealed class MiningJobs(EventIngestor writer, SnapshotPublisher publisher, ServerOptions options)
{
    private readonly ConcurrentDictionary<string, Job> _jobs = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private int _next;
    private Task _running = Task.CompletedTask;

    public sealed record Job(string Id, string State, double Progress, string Message, DateTimeOffset Started, DateTimeOffset? Finished);

    /// <summary>Starts a recognition run; <c>null</c> when one is running already.</summary>
    public Job? StartMining(string actor)
    {
        lock (_gate)
        {
            if (!_running.IsCompleted)
                return null;
            var id = "job" + Interlocked.Increment(ref _next).ToString(CultureInfo.InvariantCulture);
            var job = new Job(id, "running", 0, $"recognising task types (started by {actor})", options.Time.GetUtcNow(), null);
            _jobs[id] = job;
            _running = Task.Run(async () =>
            {
                try
                {
                    var result = writer.Write(ws => RecognitionRun.Run(ws));
                    _jobs[id] = job with { Progress = 0.9, Message = "publishing the new read snapshot" };
                    await publisher.PublishAsync().ConfigureAwait(false);
                    _jobs[id] = job with
                    {
                        State = "done",
                        Progress = 1,
                        Message = string.Create(CultureInfo.InvariantCulture, $"{result.SegmentCount:N0} task instances of {result.Catalogue.Entries.Count} task types"),
                        Finished = options.Time.GetUtcNow(),
                    };
                }
                catch (Exception e) when (e is Core.Errors.InputException or Workspaces.WorkspaceProblemException or Workspaces.InvalidRequestException or IOException or InvalidOperationException)
                {
                    _jobs[id] = job with { State = "failed", Progress = 1, Message = e.Message, Finished = options.Time.GetUtcNow() };
                }
            });
            return job;
        }
    }

    public Job? Find(string id) => _jobs.GetValueOrDefault(id);

    /// <summary>Waits for a running job (server shutdown).</summary>
    public Task DrainAsync() => _running;
}
