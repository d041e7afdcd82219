namespace Deskmine.Storage.Formats;

/// <summary>
/// What an importer does with the UTC offset written in a timestamp (<c>2011-10-11T13:45:40.276+02:00</c>).
/// See <c>docs/formats.md</c>, section "Time offsets".
/// </summary>
public enum TimeOffsets
{
    /// <summary>
    /// Per format, as the reference tools read it: XES keeps the local clock reading and drops the offset
    /// (pm4py does so, and its process maps are the reference answers); every other format applies the
    /// offset and stores true UTC.
    /// </summary>
    Auto,

    /// <summary>Every format applies the offset: <c>13:45:40+02:00</c> becomes <c>11:45:40</c> UTC.</summary>
    Apply,

    /// <summary>Every format drops the offset and keeps the clock reading: <c>13:45:40+02:00</c> becomes <c>13:45:40</c>.</summary>
    Ignore,
}
