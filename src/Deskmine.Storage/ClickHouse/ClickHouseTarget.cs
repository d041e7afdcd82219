using System.Text.RegularExpressions;
using Deskmine.Core.Errors;

namespace Deskmine.Storage.ClickHouse;

/// <summary>Where a ClickHouse workspace keeps its events: the server's HTTP address, the database and the cluster.</summary>
/// <param name="Url">HTTP(S) address of the server that takes the queries (the initiator), e.g. <c>http://127.0.0.1:8123/</c>; user and password may ride in it (<c>http://user:secret@host:8123/</c>).</param>
/// <param name="Database">Database of the workspace; created when missing.</param>
/// <param name="Cluster">Cluster (from the server's <c>remote_servers</c>) whose shards hold the events, or <c>null</c> for the one server alone.</param>
public sealed partial record ClickHouseTarget(string Url, string Database, string? Cluster)
{
    /// <summary>The database a workspace uses when none is named.</summary>
    public const string DefaultDatabase = "deskmine";

    /// <summary>The cluster a workspace spreads over when the server defines it and none is named.</summary>
    public const string DefaultCluster = "deskmine";

    /// <summary>The address as a URI.</summary>
    /// <exception cref="InputException">The address is not an absolute http or https URL, or the database or cluster name is not a plain identifier.</exception>
    public Uri Validate()
    {
        if (!Uri.TryCreate(Url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            throw new InputException(Url, null, "url", "expected the HTTP address of a ClickHouse server, such as http://127.0.0.1:8123/ (the last line of scripts/clickhouse.sh start).");
        if (!Identifier().IsMatch(Database))
            throw new InputException(Url, null, "database", $"'{Database}' is not a database name ClickHouse takes unquoted: letters, digits and _ , not starting with a digit.");
        if (Cluster is not null && !Identifier().IsMatch(Cluster))
            throw new InputException(Url, null, "cluster", $"'{Cluster}' is not a cluster name: letters, digits and _ , not starting with a digit.");
        return uri;
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex Identifier();
}
