using Deskmine.Capture.Agent;
using Deskmine.Core;
using Deskmine.Core.Events;
using Deskmine.Privacy;
using Deskmine.Privacy.Policies;

namespace Deskmine.Capture.Tests.Agent;

public sealed class CapturePipelineTests
{
    private static readonly long T0 = Timestamps.ToMicros(TimeProvider.System.GetUtcNow());

    private static PrivacyFilter Filter(CapturePolicy? policy = null) =>
        new((policy ?? CapturePolicy.Default) with { OrgKey = new string('b', 64) });

    private static UiEvent Event(string source, string kind, long offsetMs, string? app = null) => new()
    {
        Id = Guid.CreateVersion7(),
        Source = source,
        Kind = kind,
        Ts = T0 + (offsetMs * 1000),
        App = app,
    };

    [Fact]
    public void A_desktop_click_and_the_page_click_for_it_become_one_event_with_the_page_element()
    {
        var spool = new CollectingSink();
        using (var pipeline = new CapturePipeline(Filter(), spool))
        {
            pipeline.Write(Event("x11", EventKinds.Click, 0, "chromium") with { X = 10, Y = 20, Window = "Orders" });
            pipeline.Write(Event("browser", EventKinds.Click, 40, "chromium") with
            {
                Url = "https://erp.example.com/orders",
                TargetRole = "button",
                TargetName = "Save order",
                TargetId = "save",
            });
            pipeline.Write(Event("x11", EventKinds.KeySpecial, 60, "chromium") with { Value = "Enter" });
        }
        Assert.Equal([EventKinds.Click, EventKinds.KeySpecial], spool.Events.Select(e => e.Kind));
        var click = spool.Events[0];
        Assert.Equal(("x11", 10, "button", "Save order", "save"), (click.Source, click.X!.Value, click.TargetRole, click.TargetName, click.TargetId));
        Assert.Equal("https://erp.example.com/orders", click.Url);
        Assert.Equal("browser", click.Attrs!["joined"]);
        Assert.Equal("Enter", spool.Events[1].Value);
    }

    [Fact]
    public void Clicks_further_apart_than_the_join_window_stay_two_events()
    {
        var spool = new CollectingSink();
        using (var pipeline = new CapturePipeline(Filter(), spool, new CapturePipelineOptions { JoinWindow = TimeSpan.FromMilliseconds(100) }))
        {
            pipeline.Write(Event("x11", EventKinds.Click, 0, "chromium"));
            pipeline.Write(Event("browser", EventKinds.Click, 500, "chromium"));
        }
        Assert.Equal(["x11", "browser"], spool.Events.Select(e => e.Source));
    }

    [Fact]
    public void While_paused_nothing_reaches_the_spool()
    {
        var spool = new CollectingSink();
        using (var pipeline = new CapturePipeline(Filter(), spool))
        {
            pipeline.Paused = true;
            pipeline.Write(Event("x11", EventKinds.Click, 0, "xterm"));
            pipeline.Paused = false;
            pipeline.Write(Event("x11", EventKinds.Click, 10, "xterm"));
            pipeline.Dispose();
            Assert.Equal((2L, 1L, 1L), (pipeline.Stats.Received, pipeline.Stats.Paused, pipeline.Stats.Stored));
        }
        Assert.Single(spool.Events);
    }

    [Fact]
    public void Events_of_denied_applications_are_dropped_and_text_is_kept_only_as_a_hash()
    {
        var spool = new CollectingSink();
        using (var pipeline = new CapturePipeline(Filter(CapturePolicy.Default with { DenyApps = ["keepass*"] }), spool))
        {
            pipeline.Write(Event("x11", EventKinds.TextInput, 0, "keepassxc") with { Value = "secret" });
            pipeline.Write(Event("x11", EventKinds.TextInput, 10, "xterm") with { Value = "ls -la" });
            pipeline.Dispose();
            Assert.Equal(1L, pipeline.Stats.Filtered);
        }
        var kept = Assert.Single(spool.Events);
        Assert.Equal("xterm", kept.App);
        Assert.Null(kept.Value);
        Assert.NotNull(kept.ValueHash);
        Assert.StartsWith("u_", kept.User, StringComparison.Ordinal);
    }
}
