namespace Deskmine.Storage.ClickHouse;

/// <summary>A ClickHouse server refused a statement of the event store: names the server and passes on its message.</summary>
public sealed class ClickHouseStoreException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ClickHouseStoreException(string url, string message, Exception? inner = null)
        : base($"ClickHouse at {url}: {message}", inner)
    {
        Url = url;
    }

    /// <summary>The server's address.</summary>
    public string Url { get; }
}
