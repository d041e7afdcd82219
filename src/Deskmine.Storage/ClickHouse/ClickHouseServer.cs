using System.Globalization;
using ClickHouse.Driver;
using ClickHouse.Driver.ADO;
using Deskmine.Core.Errors;

namespace Deskmine.Storage.ClickHouse;

/// <summary>
/// One ClickHouse server over HTTP through the official driver, in the subset that works from Debian's 18.16 up:
/// statements, raw results in an explicit format (TSV, RowBinary) and raw RowBinary inserts. The typed reads and the
/// bulk copy of the driver need formats and compression 18.16 lacks (see <c>docs/storage.md</c>).
/// </summary>
internal sealed class ClickHouseServer : IDisposable
{
    private readonly ClickHouseClient _client;

    public ClickHouseServer(Uri url, string? database)
    {
        Url = url.GetLeftPart(UriPartial.Path);
        var user = url.UserInfo.Split(':', 2);
        var settings = new ClickHouseClientSettings
        {
            Host = url.Host,
            Port = (ushort)url.Port,
            Protocol = url.Scheme,
            Database = database ?? "default",
            Username = user[0].Length == 0 ? "default" : Uri.UnescapeDataString(user[0]),
            Password = user.Length > 1 ? Uri.UnescapeDataString(user[1]) : "",
            UseCompression = false,
            // The driver's defaults send settings 18.16 does not know; with these off every query works there.
            JsonReadMode = JsonReadMode.None,
            JsonWriteMode = JsonWriteMode.None,
            Timeout = TimeSpan.FromMinutes(30),
        };
        _client = new ClickHouseClient(settings);
    }

    /// <summary>The address without user information, for messages.</summary>
    public string Url { get; }

    /// <summary>Runs a statement.</summary>
    public void Execute(string sql, IReadOnlyDictionary<string, object>? settings = null) =>
        Call(() => _client.ExecuteNonQueryAsync(sql, null, Options(settings), CancellationToken.None));

    /// <summary>Runs a query and returns its TSV rows split into fields (TSV escapes undone).</summary>
    public List<string[]> Rows(string sql, IReadOnlyDictionary<string, object>? settings = null)
    {
        var text = Call(async () =>
        {
            using var result = await _client.ExecuteRawResultAsync(sql + " FORMAT TSV", Options(settings), CancellationToken.None).ConfigureAwait(false);
            return await result.ReadAsStringAsync().ConfigureAwait(false);
        });
        var rows = new List<string[]>();
        foreach (var line in text.Split('\n'))
        {
            if (line.Length == 0)
                continue;
            var fields = line.Split('\t');
            for (var i = 0; i < fields.Length; i++)
                fields[i] = ClickHouseSql.UnescapeTsv(fields[i]);
            rows.Add(fields);
        }
        return rows;
    }

    /// <summary>The first field of the first row of a query, as a number.</summary>
    public long Int64(string sql) => long.Parse(Rows(sql)[0][0], CultureInfo.InvariantCulture);

    /// <summary>Runs a query whose result comes back in RowBinary and hands the stream to <paramref name="read"/>.</summary>
    public T Binary<T>(string sql, Func<Stream, T> read, IReadOnlyDictionary<string, object>? settings = null) =>
        Call(async () =>
        {
            using var result = await _client.ExecuteRawResultAsync(sql + " FORMAT RowBinary", Options(settings), CancellationToken.None).ConfigureAwait(false);
            await using var stream = await result.ReadDecompressedStreamAsync().ConfigureAwait(false);
            return read(stream);
        });

    /// <summary>Inserts the RowBinary rows in <paramref name="rowBinary"/> (from its start to its length) into <paramref name="table"/>.</summary>
    public void Insert(string table, IReadOnlyList<string> columns, MemoryStream rowBinary, IReadOnlyDictionary<string, object>? settings = null) =>
        Call(async () =>
        {
            // The driver closes the stream it sends; it gets a view of the buffer, which the caller reuses.
            using var body = new MemoryStream(rowBinary.GetBuffer(), 0, checked((int)rowBinary.Length), writable: false);
            using var response = await _client.InsertRawStreamAsync(table, body, "RowBinary", columns, false, Options(settings), CancellationToken.None).ConfigureAwait(false);
            return 0;
        });

    public void Dispose() => _client.Dispose();

    private static QueryOptions? Options(IReadOnlyDictionary<string, object>? settings) =>
        settings is null ? null : new QueryOptions { CustomSettings = settings.ToDictionary(p => p.Key, p => p.Value) };

    private T Call<T>(Func<Task<T>> call)
    {
        try
        {
            return call().GetAwaiter().GetResult();
        }
        catch (HttpRequestException e)
        {
            throw new InputException(Url, null, null, $"no ClickHouse server answers here ({e.Message}); start one with scripts/clickhouse.sh start or correct the address.", e);
        }
        catch (TaskCanceledException e)
        {
            throw new InputException(Url, null, null, "the ClickHouse server did not answer in time.", e);
        }
        catch (ClickHouseServerException e)
        {
            throw new ClickHouseStoreException(Url, e.Message, e);
        }
    }
}
