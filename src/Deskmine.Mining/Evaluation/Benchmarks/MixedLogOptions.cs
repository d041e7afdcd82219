namespace Deskmine.Mining.Evaluation.Benchmarks;

/// <summary>Settings of <see cref="MixedLogBuilder"/>; the defaults give the benchmark of <c>docs/accuracy.md</c>.</summary>
public sealed record MixedLogOptions
{
    /// <summary>The defaults.</summary>
    public static MixedLogOptions Default { get; } = new();

    /// <summary>Seed of the sampling, shuffling and interleaving (default 42): the same seed gives the same log.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Instances drawn per task type (default 20; fewer when a type has fewer).</summary>
    public int InstancesPerType { get; init; } = 20;

    /// <summary>Share of instances that are suspended by a whole other instance and then resumed (default 0.25).</summary>
    public double InterleavedShare { get; init; } = 0.25;

    /// <summary>Person the mixed stream is attributed to (default <c>worker</c>).</summary>
    public string User { get; init; } = "worker";

    /// <summary>Timestamp of the first event (µs since the Unix epoch; default 2024-01-08 08:00 UTC).</summary>
    public long StartMicros { get; init; } = 1_704_700_800_000_000;

    /// <summary>Pause before an instance whose own leading pause is unknown (default 5 s).</summary>
    public TimeSpan DefaultPause { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first invalid setting.</summary>
    public void Validate()
    {
        if (InstancesPerType < 1)
            throw new ArgumentOutOfRangeException(nameof(InstancesPerType), InstancesPerType, "must be at least 1");
        if (!(InterleavedShare is >= 0.0 and <= 1.0))
            throw new ArgumentOutOfRangeException(nameof(InterleavedShare), InterleavedShare, "must be in [0, 1]");
        if (DefaultPause < TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(DefaultPause), DefaultPause, "must not be negative");
        ArgumentException.ThrowIfNullOrEmpty(User);
    }
}
