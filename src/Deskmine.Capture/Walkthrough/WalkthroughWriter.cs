using System.Collections.Concurrent;
using System.Globalization;
using Deskmine.Capture.Spool;
using Deskmine.Core.Events;

namespace Deskmine.Capture.Walkthrough;

/// <summary>
/// The pipeline's downstream in walkthrough mode: gives each filtered event the walkthrough's session and the
/// next gap-free <c>seq</c>, waits for its screenshot's redaction, stores the redacted PNG as
/// <c>screens/{seq:D6}.png</c> with the captured rectangle in the event's attributes (or why it was dropped), and
/// appends the event to <c>events.jsonl</c>, flushed line by line.
/// </summary>
internal sealed class WalkthroughWriter : IEventSink, IDisposable
{
    private static readonly TimeSpan RedactionWait = TimeSpan.FromMinutes(2);
    private readonly WalkthroughFolder _folder;
    private readonly ConcurrentDictionary<Guid, Task<ShotOutcome>> _pending;
    private readonly FileStream _events;
    private readonly string _session;
    private long _seq;
    private long _taken, _dropped, _boxes;

    public WalkthroughWriter(WalkthroughFolder folder, ConcurrentDictionary<Guid, Task<ShotOutcome>> pending, string session)
    {
        _folder = folder;
        _pending = pending;
        _session = session;
        Directory.CreateDirectory(Path.Combine(folder.Directory, WalkthroughFolder.ScreensFolder));
        _events = new FileStream(folder.EventsPath, FileMode.CreateNew, FileAccess.Write, FileShare.Read);
    }

    public WalkthroughShots Shots => new()
    {
        Taken = Interlocked.Read(ref _taken),
        Dropped = Interlocked.Read(ref _dropped),
        RedactedBoxes = Interlocked.Read(ref _boxes),
    };

    public long Steps => Interlocked.Read(ref _seq);

    public void Write(UiEvent e)
    {
        var seq = _seq;
        var attrs = new Dictionary<string, string>(e.Attrs ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        if (_pending.TryRemove(e.Id, out var shot))
            Attach(seq, shot, attrs);
        var line = UiEventJson.ToUtf8(e with { Session = _session, Seq = seq, Attrs = attrs });
        _events.Write(line);
        _events.WriteByte((byte)'\n');
        _events.Flush();
        Interlocked.Increment(ref _seq);
    }

    private void Attach(long seq, Task<ShotOutcome> shot, Dictionary<string, string> attrs)
    {
        Interlocked.Increment(ref _taken);
        var outcome = shot.Wait(RedactionWait) ? shot.Result : ShotOutcome.Drop(ShotOutcome.OcrFailed);
        if (outcome.Png is not { } png)
        {
            Interlocked.Increment(ref _dropped);
            attrs["shot_dropped"] = outcome.Dropped ?? ShotOutcome.CaptureFailed;
            return;
        }
        var relative = WalkthroughFolder.ScreenPath(seq);
        using (var file = new FileStream(Path.Combine(_folder.Directory, relative), FileMode.CreateNew, FileAccess.Write))
            file.Write(png);
        Interlocked.Add(ref _boxes, outcome.Boxes);
        attrs["screenshot"] = relative;
        attrs["shot_x"] = outcome.Origin.X.ToString(CultureInfo.InvariantCulture);
        attrs["shot_y"] = outcome.Origin.Y.ToString(CultureInfo.InvariantCulture);
        attrs["shot_w"] = outcome.Origin.Width.ToString(CultureInfo.InvariantCulture);
        attrs["shot_h"] = outcome.Origin.Height.ToString(CultureInfo.InvariantCulture);
    }

    public void Dispose() => _events.Dispose();
}
