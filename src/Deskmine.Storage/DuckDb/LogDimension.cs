namespace Deskmine.Storage.DuckDb;

/// <summary>
/// One dictionary-coded column of a log read: either a stored code (<c>case_code</c>, <c>activity_code</c>)
/// with its dictionary table, or a text expression that the query codes on the fly.
/// </summary>
/// <param name="Expression">SQL over the joined event row: an INTEGER code when <paramref name="DictionarySql"/> is set, else text.</param>
/// <param name="DictionarySql">Query listing the names of a stored code, ordered by code; <c>null</c> for text expressions.</param>
internal sealed record LogDimension(string Expression, string? DictionarySql)
{
    public bool IsStoredCode => DictionarySql is not null;
}
