using System.Text.RegularExpressions;

namespace Deskmine.Storage.Workspaces;

/// <summary>How to open a <see cref="Workspace"/>: engine limits and whether it must already exist.</summary>
public sealed partial record WorkspaceOptions
{
    /// <summary>The default workspace directory, relative to the current directory.</summary>
    public const string DefaultDirectory = "deskmine-workspace";

    /// <summary>
    /// DuckDB <c>memory_limit</c>, e.g. <c>1GB</c> or <c>512MB</c>. Default: a quarter of the memory this process may
    /// use, at least 1GB (<see cref="DefaultMemoryLimit"/>).
    /// </summary>
    public string MemoryLimit { get; init; } = DefaultMemoryLimit();

    /// <summary>DuckDB is given a quarter of the memory available to the process (container limits included), at least 1 GB.</summary>
    /// <remarks>
    /// A fixed 1 GB was too little for a mined workspace of 10 M events: reading its log joins every event with its
    /// derived row (four texts each), and DuckDB stopped with "Out of Memory Error: failed to pin block" (measured
    /// 2026-12-06, docs/benchmarks.md). DuckDB only takes what a query needs; the limit is a ceiling.
    /// </remarks>
    public static string DefaultMemoryLimit()
    {
        var available = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        var mb = Math.Max(1024L, available / 4 / (1024 * 1024));
        return mb.ToString(System.Globalization.CultureInfo.InvariantCulture) + "MB";
    }

    /// <summary>DuckDB worker threads (1–256). Default 2.</summary>
    public int Threads { get; init; } = 2;

    /// <summary>When <c>true</c>, opening a directory without a workspace fails instead of creating one.</summary>
    public bool RequireExisting { get; init; }

    /// <summary>Clock for the workspace's creation time.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Throws <see cref="ArgumentException"/> when a setting is out of range.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(MemoryLimit) || !MemoryPattern().IsMatch(MemoryLimit))
            throw new ArgumentException($"MemoryLimit '{MemoryLimit}' must be a size such as 512MB or 1GB.", nameof(MemoryLimit));
        if (Threads is < 1 or > 256)
            throw new ArgumentOutOfRangeException(nameof(Threads), Threads, "Threads must be between 1 and 256.");
        ArgumentNullException.ThrowIfNull(TimeProvider);
    }

    [GeneratedRegex(@"^\d+(\.\d+)?\s*(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MemoryPattern();
}
