namespace Deskmine.Storage.Workspaces;

/// <summary>The contents of <c>workspace.json</c>.</summary>
/// <param name="SchemaVersion">Version of the event store schema (see <see cref="Workspace.SchemaVersion"/>).</param>
/// <param name="CreatedAt">When the workspace was created (UTC).</param>
/// <param name="Engine">Storage engine, <c>duckdb</c> or <c>clickhouse</c>.</param>
public sealed record WorkspaceInfo(int SchemaVersion, DateTimeOffset CreatedAt, string Engine)
{
    /// <summary>Where the events live when <see cref="Engine"/> is <c>clickhouse</c>.</summary>
    public ClickHouse.ClickHouseTarget? ClickHouse { get; init; }
}
