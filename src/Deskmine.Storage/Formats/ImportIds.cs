namespace Deskmine.Storage.Formats;

/// <summary>Event ids for imported rows: UUIDv7 stamped with the event time (the epoch when it has none).</summary>
internal static class ImportIds
{
    public static Guid For(long? micros)
    {
        // UUIDv7 holds milliseconds since the epoch; times before it cannot be encoded.
        var ms = micros is { } m && m > 0 ? m / 1000 : 0;
        return Guid.CreateVersion7(DateTimeOffset.FromUnixTimeMilliseconds(ms));
    }
}
