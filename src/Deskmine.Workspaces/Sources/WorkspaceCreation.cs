using Deskmine.Core.Errors;
using Deskmine.Storage.ClickHouse;
using Deskmine.Storage.Workspaces;

namespace Deskmine.Workspaces.Sources;

/// <summary>Creates empty workspaces on either engine (<c>deskmine workspace create</c>).</summary>
public static class WorkspaceCreation
{
    /// <summary>The engines a workspace can use.</summary>
    public static IReadOnlyList<string> Engines { get; } = [Workspace.EngineDuckDb, Workspace.EngineClickHouse];

    /// <summary>
    /// Creates a workspace in <paramref name="directory"/>: a DuckDB file there, or (with <c>clickhouse</c>) the
    /// database and tables on the ClickHouse server at <paramref name="url"/> and its cluster's shards.
    /// </summary>
    /// <exception cref="InvalidRequestException">The engine is unknown, or a URL is missing or given for DuckDB.</exception>
    /// <exception cref="InputException">The folder holds a workspace already, or no ClickHouse server answers.</exception>
    public static WorkspaceInfo Create(string directory, string engine, string? url, string? database, string? cluster, TimeProvider? time = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentNullException.ThrowIfNull(engine);
        switch (engine)
        {
            case Workspace.EngineDuckDb:
                if (url is not null || database is not null || cluster is not null)
                    throw new InvalidRequestException("--url, --database and --cluster belong to --engine clickhouse");
                if (File.Exists(Path.Combine(directory, Workspace.InfoFileName)))
                    throw new InputException(Path.GetFullPath(directory), null, null, "a workspace exists here already; choose another folder.");
                using (var workspace = Workspace.Open(directory, new WorkspaceOptions { TimeProvider = time ?? TimeProvider.System }))
                    return workspace.Info;
            case Workspace.EngineClickHouse:
                if (string.IsNullOrWhiteSpace(url))
                    throw new InvalidRequestException("--engine clickhouse needs --url, the HTTP address of the server (scripts/clickhouse.sh start prints one)");
                return Workspace.CreateClickHouse(directory, new ClickHouseTarget(url, database ?? ClickHouseTarget.DefaultDatabase, cluster), time);
            default:
                throw new InvalidRequestException($"--engine must be one of {string.Join(", ", Engines)}, got '{engine}'");
        }
    }
}
