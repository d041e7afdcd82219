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

    /// <summary>Device tokens accepted as <c>Authorization: Bearer …</c>; at least one is required.</summary>
    public required IReadOnlyList<string> Tokens { get; init; }

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
        if (Tokens.Count == 0 || Tokens.Any(string.IsNullOrWhiteSpace))
            throw new ArgumentException("At least one device token is required, and none may be empty: the server never accepts anonymous uploads.", nameof(Tokens));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxRequestBytes, 1024, nameof(MaxRequestBytes));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxJsonBytes, MaxRequestBytes, nameof(MaxJsonBytes));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxEventsPerBatch, 1, nameof(MaxEventsPerBatch));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxConcurrentBatches, 1, nameof(MaxConcurrentBatches));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxTextLength, 16, nameof(MaxTextLength));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxAttrs, 0, nameof(MaxAttrs));
        ArgumentNullException.ThrowIfNull(Policy);
    }
}
