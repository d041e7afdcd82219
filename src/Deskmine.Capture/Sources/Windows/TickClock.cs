namespace Deskmine.Capture.Sources.Windows;

/// <summary>
/// Converts Windows input ticks (milliseconds since boot, 32 bits, wrapping every 49.7 days) to microseconds since
/// the Unix epoch, from one anchor pair taken when the source starts. The difference to the anchor is read as a
/// signed 32-bit number, so ticks just before the anchor and ticks across a wrap both come out right.
/// </summary>
/// <param name="AnchorTick">A tick (<c>GetTickCount</c>) …</param>
/// <param name="AnchorMicros">… and the wall-clock time at that tick.</param>
internal readonly record struct TickClock(uint AnchorTick, long AnchorMicros)
{
    /// <summary>The wall-clock time of <paramref name="tick"/>.</summary>
    public long ToMicros(uint tick) => AnchorMicros + (long)unchecked((int)(tick - AnchorTick)) * 1000;
}
