using DuckDB.NET.Data;

namespace Deskmine.Storage.Formats.Parquet;

/// <summary>
/// A throw-away DuckDB database for converting files (Parquet in and out): in memory up to a limit, spilling to a
/// folder beside the file being written beyond it, UTC as its time zone.
/// </summary>
internal static class ScratchDatabase
{
    /// <summary>Memory DuckDB may use before it spills to <c>temp_directory</c>.</summary>
    public const string MemoryLimit = "512MB";

    /// <summary>Opens an in-memory database whose spill files go to <paramref name="spillDirectory"/> (created on demand).</summary>
    public static DuckDBConnection Open(string? spillDirectory)
    {
        var connection = new DuckDBConnection("Data Source=:memory:");
        try
        {
            connection.Open();
            using var cmd = connection.CreateCommand();
            cmd.CommandText = $"SET memory_limit='{MemoryLimit}'; SET threads=2; SET TimeZone='UTC'; SET preserve_insertion_order=true"
                + (spillDirectory is null ? "" : $"; SET temp_directory={DuckDb.DuckDbSchema.Literal(spillDirectory)}");
            cmd.ExecuteNonQuery();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Removes a spill folder, if DuckDB made one.</summary>
    public static void Delete(string spillDirectory)
    {
        try
        {
            if (Directory.Exists(spillDirectory))
                Directory.Delete(spillDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover spill folder is harmless; the export itself succeeded or already failed.
        }
    }
}
