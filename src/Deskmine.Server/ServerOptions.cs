using Deskmine.Privacy.Policies;
using Microsoft.Extensions.Logging;

namespace Deskmine.Server;

/// <summary>Options of <see cref="IngestServer"/>: where it listens, whom it trusts, what it accepts.</summary>
public sealed record ServerOptions
{
    /// <summary>The workspace directory the server writes into (created when absent); held open while running.</summary>
    public required string Workspace { get; init; }

    /// <summary>Addresses to listen on; port 0 picks a free port (see <see cref="IngestServer.Addresses"/>).</summary>
    public IReadOnlyList<string> Urls { get; init; } = ["http://127.0.0.1:5080"];

    /// <summary>
    /// Device tokens from a file or the command line, accepted as <c>Authorization: Bearer …</c> for uploads beside the
    /// devices enrolled in the workspace's access store. The server starts only when someone can authenticate: a token
    /// here, an account, an enrolled device or an open enrolment token.
    /// </summary>
    public IReadOnlyList<string> Tokens { get; init; } = [];

    /// <summary>Folder of the built dashboard (<c>index.html</c> and its assets); <c>null</c> looks beside the program and in the source tree.</summary>
    public string? DashboardDirectory { get; init; }

    /// <summary>How often the read snapshot is refreshed while uploads change the workspace; default 5 s.</summary>
    public TimeSpan SnapshotInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Requests per second each token (or, without one, each address) may send on average; 0 turns limits off. Default 100.</summary>
    public int RequestsPerSecond { get; init; } = 100;

    /// <summary>Requests a token may send at once above the average; default 400.</summary>
    public int RequestBurst { get; init; } = 400;

    /// <summary>Login attempts per minute from one address; default 10.</summary>
    public int LoginsPerMinute { get; init; } = 10;

    /// <summary>How long a login session lasts; default 12 hours.</summary>
    public TimeSpan LoginLifetime { get; init; } = TimeSpan.FromHours(12);

    /// <summary>Groups with fewer distinct people are folded or withheld in every answer that groups people (k-anonymity); default 5.</summary>
    public int MinGroupSize { get; init; } = 5;

    /// <summary>
    /// Bytes the read model may keep of the logs it read and filtered for maps (per read generation), beside the answers
    /// as sent, which are always kept; past it the least recently used logs are dropped and read again when needed.
    /// <c>null</c>: a sixteenth of the memory available to the process (1.5 GB of 24 GB: three logs of 10 M events).
    /// </summary>
    public long? ReadCacheBytes { get; init; }

    /// <summary>The read cache budget in effect: <see cref="ReadCacheBytes"/> or its default.</summary>
    internal long EffectiveReadCacheBytes => ReadCacheBytes ?? Math.Max(64L << 20, GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 16);

    /// <summary>Compliance rules (JSON) that <c>GET /api/v1/compliance</c> checks the workspace against; <c>null</c>: none configured.</summary>
    public string? RulesFile { get; init; }

    /// <summary>The classifier the rules name activities in (as <c>deskmine compliance --classifier</c>); default <c>auto</c>.</summary>
    public string RulesClassifier { get; init; } = "auto";

    /// <summary>The case notion compliance checks (as <c>deskmine compliance --case</c>); default <c>auto</c>.</summary>
    public string RulesCaseNotion { get; init; } = "auto";

    /// <summary>Analysis assumptions file (<c>deskmine analyze --assumptions</c>); <c>null</c>: the documented defaults.</summary>
    public string? AssumptionsFile { get; init; }

    /// <summary>The clock (login expiry, audit times, retention).</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Largest request body on the wire (compressed or not); default 8 MiB. Larger requests get 413.</summary>
    public long MaxRequestBytes { get; init; } = 8L * 1024 * 1024;

    /// <summary>Largest JSON body after gzip is undone; default 64 MiB (guards against compression bombs).</summary>
    public long MaxJsonBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>
    /// Batches read, parsed and stored at the same time; default 2. Others wait their turn, so memory stays bounded
    /// by about this many times <see cref="MaxJsonBytes"/> (twice over: the buffer and the parsed document) however
    /// many clients send at once (see <c>docs/reliability.md</c>).
    /// </summary>
    public int MaxConcurrentBatches { get; init; } = 2;

    /// <summary>
    /// Events filtered and waiting for the writer's next group commit; default 200,000. When more are queued, a batch
    /// is refused with 503 and Retry-After (the agent keeps it in its spool and sends it again).
    /// </summary>
    public int MaxQueuedEvents { get; init; } = 200_000;

    /// <summary>Most events stored in one transaction by the group commit; default 50,000.</summary>
    public int MaxGroupEvents { get; init; } = 50_000;

    /// <summary>Most events in one batch; default 10,000. More gets 413.</summary>
    public int MaxEventsPerBatch { get; init; } = 10_000;

    /// <summary>Longest text field in characters; default 8,192.</summary>
    public int MaxTextLength { get; init; } = 8192;

    /// <summary>Most entries in an event's <c>attrs</c>; default 64.</summary>
    public int MaxAttrs { get; init; } = 64;

    /// <summary>
    /// The privacy policy applied again on the server. The default runs every detector and the templating but
    /// does not pseudonymise (the key lives with the agents); give a policy with the organisation key to
    /// pseudonymise names that arrive in clear.
    /// </summary>
    public CapturePolicy Policy { get; init; } = CapturePolicy.Default with { Pseudonymise = false };

    /// <summary>Extra logging set-up (tests capture the log here); the default logs to the console.</summary>
    public Action<ILoggingBuilder>? ConfigureLogging { get; init; }

    /// <summary>Throws when a value is out of range or no token is given.</summary>
    public void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(Workspace);
        ArgumentNullException.ThrowIfNull(Urls);
        if (Urls.Count == 0)
            throw new ArgumentException("At least one address to listen on is required.", nameof(Urls));
        ArgumentNullException.ThrowIfNull(Tokens);
        if (Tokens.Any(string.IsNullOrWhiteSpace))
            throw new ArgumentException("A device token may not be empty: the server never accepts anonymous uploads.", nameof(Tokens));
        ArgumentOutOfRangeException.ThrowIfLessThan(RequestsPerSecond, 0, nameof(RequestsPerSecond));
        ArgumentOutOfRangeException.ThrowIfLessThan(RequestBurst, 1, nameof(RequestBurst));
        ArgumentOutOfRangeException.ThrowIfLessThan(LoginsPerMinute, 1, nameof(LoginsPerMinute));
        ArgumentOutOfRangeException.ThrowIfLessThan(MinGroupSize, 1, nameof(MinGroupSize));
        if (ReadCacheBytes is { } cache)
            ArgumentOutOfRangeException.ThrowIfNegative(cache, nameof(ReadCacheBytes));
        ArgumentOutOfRangeException.ThrowIfLessThan(SnapshotInterval, TimeSpan.FromMilliseconds(100), nameof(SnapshotInterval));
        ArgumentNullException.ThrowIfNull(Time);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxRequestBytes, 1024, nameof(MaxRequestBytes));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxJsonBytes, MaxRequestBytes, nameof(MaxJsonBytes));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxEventsPerBatch, 1, nameof(MaxEventsPerBatch));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxConcurrentBatches, 1, nameof(MaxConcurrentBatches));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxQueuedEvents, 1, nameof(MaxQueuedEvents));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxGroupEvents, 1, nameof(MaxGroupEvents));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxTextLength, 16, nameof(MaxTextLength));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxAttrs, 0, nameof(MaxAttrs));
        ArgumentNullException.ThrowIfNull(Policy);
    }
}
