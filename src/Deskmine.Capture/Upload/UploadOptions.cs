namespace Deskmine.Capture.Upload;

/// <summary>Options of <see cref="SpoolUploader"/>: where to send, as whom, and how patiently.</summary>
public sealed record UploadOptions
{
    /// <summary>Base address of the Deskmine server, e.g. <c>https://deskmine.example.org/</c>; events go to
    /// <c>api/v1/events</c> below it.</summary>
    public required Uri Server { get; init; }

    /// <summary>The device token sent as <c>Authorization: Bearer …</c>.</summary>
    public required string Token { get; init; }

    /// <summary>Device name sent with every batch (a pseudonym or an inventory id, never a person's name).</summary>
    public required string Device { get; init; }

    /// <summary>Events per request; default 500.</summary>
    public int BatchSize { get; init; } = 500;

    /// <summary>Compress request bodies with gzip (default <c>true</c>).</summary>
    public bool Gzip { get; init; } = true;

    /// <summary>First retry delay after a failure; default 1 s. Doubles per failure up to <see cref="MaxDelay"/>.</summary>
    public TimeSpan InitialDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest retry delay; default 5 min.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Pause between checks of an empty spool; default 5 s.</summary>
    public TimeSpan IdleDelay { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Seed of the jitter generator; <c>null</c> (the default) seeds from the system.</summary>
    public int? JitterSeed { get; init; }

    /// <summary>The clock for retry and idle delays; tests pass a fake one.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>The address events are posted to.</summary>
    public Uri EventsUri => new(Server.AbsoluteUri.EndsWith('/') ? Server : new Uri(Server.AbsoluteUri + "/"), "api/v1/events");

    /// <summary>Throws when a value is out of range.</summary>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Server);
        if (Server.Scheme is not ("http" or "https"))
            throw new ArgumentException($"Server must be an http or https address, not '{Server}'.", nameof(Server));
        ArgumentException.ThrowIfNullOrWhiteSpace(Token);
        ArgumentException.ThrowIfNullOrWhiteSpace(Device);
        ArgumentOutOfRangeException.ThrowIfLessThan(BatchSize, 1, nameof(BatchSize));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(InitialDelay, TimeSpan.Zero, nameof(InitialDelay));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxDelay, InitialDelay, nameof(MaxDelay));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(IdleDelay, TimeSpan.Zero, nameof(IdleDelay));
        ArgumentNullException.ThrowIfNull(TimeProvider);
    }
}
