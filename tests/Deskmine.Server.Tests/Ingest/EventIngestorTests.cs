using Deskmine.Core.Events;
using Deskmine.Privacy;
using Deskmine.Server.Ingest;
using Deskmine.Server.Tests.Support;
using Deskmine.Storage.Workspaces;

namespace Deskmine.Server.Tests.Ingest;

/// <summary>
/// The group-commit writer and its Bloom filter of stored ids, against a real DuckDB workspace in a temporary folder
/// (no HTTP): what it answers must be what the workspace holds after it is closed and opened again.
/// </summary>
public sealed class EventIngestorTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "deskmine-ingestor-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Ids_already_stored_by_an_earlier_batch_or_repeated_within_one_are_counted_as_duplicates_and_stored_once()
    {
        var first = Some.Session("a", 30);
        var later = Some.Session("a", 10, from: 30);
        await using (var w = Open())
        {
            var ingestor = w.Ingestor;
            Assert.Equal((30L, 0L), Counts(await ingestor.IngestAsync(first)));
            // Ten old ids (five of them twice), ten new ids, one new id twice: 10 stored, 16 duplicates.
            List<UiEvent> mixed = [.. first.Take(10), .. first.Skip(5).Take(5), .. later, later[3]];
            Assert.Equal((10L, 16L), Counts(await ingestor.IngestAsync(mixed)));
            Assert.Equal((0L, 40L), Counts(await ingestor.IngestAsync([.. first, .. later])));
        }
        Assert.Equal(40, StoredIds().Count);
    }

    [Fact]
    public async Task After_a_restart_the_id_filter_is_seeded_from_the_store_and_a_replay_stores_nothing()
    {
        var events = Some.Session("r", 200);
        await using (var w = Open())
            Assert.Equal(200L, (await w.Ingestor.IngestAsync(events)).Stored);
        await using (var w = Open())
        {
            var ingestor = w.Ingestor;
            Assert.Equal((0L, 200L), Counts(await ingestor.IngestAsync(events)));
            Assert.Equal((1L, 0L), Counts(await ingestor.IngestAsync([Some.Event("r", 200)])));
        }
        Assert.Equal(201, StoredIds().Count);
    }

    [Fact]
    public async Task Concurrent_batches_are_all_stored_once_and_durable_when_answered()
    {
        const int Agents = 24, Batches = 6, Size = 25;
        var sent = new List<UiEvent>[Agents];
        // Small groups, so that the writer commits many groups while requests keep arriving.
        await using (var w = Open(new() { Workspace = _dir, MaxGroupEvents = 120 }))
        {
            var ingestor = w.Ingestor;
            var agents = Enumerable.Range(0, Agents).Select(a => Task.Run(async () =>
            {
                sent[a] = [];
                for (var b = 0; b < Batches; b++)
                {
                    var batch = Some.Session("agent-" + a, Size, from: b * Size);
                    sent[a].AddRange(batch);
                    var result = await ingestor.IngestAsync(batch);
                    Assert.Equal((Size, (long)Size, 0L), (result.Received, result.Stored, result.Duplicates));
                    // Replaying the previous batch at once (an agent that missed the answer) stores nothing.
                    if (b > 0)
                        Assert.Equal(0L, (await ingestor.IngestAsync(sent[a].GetRange((b - 1) * Size, Size))).Stored);
                }
            })).ToArray();
            await Task.WhenAll(agents);
            // Every answered event is in the store before the writer is stopped.
            Assert.Equal(Agents * Batches * Size, ingestor.Count());
        }
        var stored = StoredIds();
        Assert.Equal(sent.SelectMany(s => s).Select(e => e.Id).ToHashSet(), stored);
        using var ws = Workspace.OpenReadOnly(_dir);
        var sessions = ws.Events.ReadSessions();
        Assert.Equal(Agents, sessions.Count);
        Assert.All(sessions, s => Assert.Equal((Batches * Size, 0L, (long)(Batches * Size) - 1, 0L), (s.Events, s.FirstSeq, s.LastSeq, s.MissingCount)));
    }

    [Fact]
    public async Task Batches_queued_behind_a_busy_writer_share_one_commit_and_an_event_without_a_kind_is_dropped_not_stored()
    {
        var before = Some.Session("before", 50);
        var neighbours = Enumerable.Range(0, 4).Select(i => Some.Session("next-" + i, 40)).ToList();
        var damaged = Some.Session("damaged", 20);
        damaged[7] = damaged[7] with { Kind = null! };
        await using (var w = Open())
        {
            var ingestor = w.Ingestor;
            Assert.Equal(50L, (await ingestor.IngestAsync(before)).Stored);

            // The writer is held busy while the batches queue up, so they go into one group commit.
            using var release = new ManualResetEventSlim();
            var held = Task.Run(() => ingestor.Write(_ => release.Wait(TimeSpan.FromSeconds(30))));
            await Task.Delay(200);
            var blocker = ingestor.TryIngestAsync(Some.Session("blocker", 5))!;
            await Task.Delay(300);
            var queued = neighbours.Take(2).Select(n => ingestor.TryIngestAsync(n)!).ToList();
            var withDamage = ingestor.TryIngestAsync(damaged)!;
            queued.AddRange(neighbours.Skip(2).Select(n => ingestor.TryIngestAsync(n)!));
            Assert.Equal(5 + (4 * 40) + 19, ingestor.Queued);
            release.Set();
            await held;
            Assert.Equal(5L, (await blocker).Stored);
            Assert.All(await Task.WhenAll(queued), r => Assert.Equal((40L, 0L, 0), (r.Stored, r.Duplicates, r.Filtered)));
            // The privacy filter fails closed: an event it cannot vouch for is acknowledged as filtered, never stored.
            var answer = await withDamage;
            Assert.Equal((20, 19L, 0L, 1), (answer.Received, answer.Stored, answer.Duplicates, answer.Filtered));
            Assert.Equal(0, ingestor.Queued);
        }
        var stored = StoredIds();
        Assert.Equal(50 + 5 + (4 * 40) + 19, stored.Count);
        Assert.DoesNotContain(damaged[7].Id, stored);
        Assert.Superset(before.Concat(neighbours.SelectMany(n => n)).Select(e => e.Id).ToHashSet(), stored);
    }

    [Fact]
    public async Task A_full_queue_refuses_a_batch_without_taking_any_of_it()
    {
        await using var w = Open(new() { Workspace = _dir, MaxQueuedEvents = 100 });
        var ingestor = w.Ingestor;
        using var release = new ManualResetEventSlim();
        var held = Task.Run(() => ingestor.Write(_ => release.Wait(TimeSpan.FromSeconds(30))));
        await Task.Delay(200);
        var first = ingestor.TryIngestAsync(Some.Session("q", 80));
        Assert.NotNull(first);
        Assert.Null(ingestor.TryIngestAsync(Some.Session("q", 30, from: 80)));
        Assert.Equal(80, ingestor.Queued);
        release.Set();
        await held;
        Assert.Equal(80L, (await first!).Stored);
        Assert.Equal(30L, (await ingestor.IngestAsync(Some.Session("q", 30, from: 80))).Stored);
        Assert.Equal(110, ingestor.Count());
    }

    private Writer Open(ServerOptions? options = null)
    {
        options ??= new ServerOptions { Workspace = _dir };
        var workspace = Workspace.Open(_dir);
        return new Writer(workspace, new EventIngestor(workspace, new PrivacyFilter(options.Policy), options));
    }

    private static (long Stored, long Duplicates) Counts(IngestResult r) => (r.Stored, r.Duplicates);

    private HashSet<Guid> StoredIds()
    {
        using var ws = Workspace.OpenReadOnly(_dir);
        var ids = ws.Events.ReadEvents().Select(e => e.Id).ToList();
        var set = ids.ToHashSet();
        Assert.Equal(ids.Count, set.Count);
        return set;
    }

    // The ingestor stores what is queued when stopped; then the workspace (and its lock) is closed.
    private sealed record Writer(Workspace Workspace, EventIngestor Ingestor) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Ingestor.DisposeAsync();
            Workspace.Dispose();
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }
}
