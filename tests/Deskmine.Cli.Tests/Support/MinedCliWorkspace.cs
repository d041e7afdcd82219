namespace Deskmine.Cli.Tests.Support;

/// <summary>
/// A simulated back office (one day, three teams of one) made and mined with the CLI itself, shared read-only by
/// the tests of one class; tests that write put their files in its temporary folder.
/// </summary>
public sealed class MinedCliWorkspace : IDisposable
{
    private readonly TempDir _dir = new();

    public MinedCliWorkspace()
    {
        Directory = _dir.File("ws");
        Simulate = CliRun.Of("simulate", "-w", Directory, "--days", "1", "--teams", "3", "--people-per-team", "1");
        Mine = CliRun.Of("mine", "-w", Directory);
    }

    public string Directory { get; }

    internal CliRun Simulate { get; }

    internal CliRun Mine { get; }

    /// <summary>A fresh path in the temporary folder.</summary>
    public string NewPath(string name) => _dir.File(Guid.NewGuid().ToString("N")[..8] + "-" + name);

    public void Dispose() => _dir.Dispose();
}
