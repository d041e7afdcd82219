using System.Globalization;
using System.Text.RegularExpressions;
using Deskmine.Capture.Agent;
using Deskmine.Capture.Sources.X11;
using Deskmine.Core.Events;
using Deskmine.Privacy;
using Deskmine.Privacy.Policies;

namespace Deskmine.Capture.Tests.Sources.X11;

/// <summary>The X11 source against a real X server, window manager, accessibility bus and applications.</summary>
public sealed partial class X11SourceTests(DesktopSession desktop) : IClassFixture<DesktopSession>
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    private X11Source StartSource(CollectingSink sink)
    {
        Environment.SetEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS", desktop.BusAddress);
        var source = new X11Source(new X11SourceOptions { Display = desktop.Display }, TimeProvider.System);
        source.Start(sink);
        Thread.Sleep(300);
        return source;
    }

    [SkippableFact]
    public void Typing_in_xterm_becomes_one_text_input_then_enter_and_a_shortcut()
    {
        Skip.If(desktop.SkipReason is not null, desktop.SkipReason);
        desktop.Start("xterm", "-title typing-test -geometry 80x20+20+20");
        var window = desktop.WaitForWindow("^typing-test$");
        desktop.Run("xdotool", $"windowactivate --sync {window}");
        var sink = new CollectingSink();
        using (var source = StartSource(sink))
        {
            desktop.Run("xdotool", "type --delay 15 \"echo hi\"");
            desktop.Run("xdotool", "key Return");
            desktop.Run("xdotool", "key ctrl+shift+c");
            sink.WaitFor(es => es.Any(e => e.Kind == EventKinds.KeyShortcut), Wait);
        }
        var actions = sink.Events.Where(e => e.Kind != EventKinds.AppSwitch).ToList();
        Assert.Equal([EventKinds.TextInput, EventKinds.KeySpecial, EventKinds.KeyShortcut], actions.Select(e => e.Kind));
        Assert.All(actions, e => Assert.Equal("xterm", e.App));
        Assert.All(actions, e => Assert.Equal("XTerm", e.Attrs!["wm_class"]));
        Assert.Equal("typing-test", actions[0].Window);
        Assert.Equal("7", actions[0].Attrs!["chars"]);
        Assert.Equal("Enter", actions[1].Value);
        Assert.Equal("ctrl+shift+c", actions[2].Value);
    }

    [SkippableFact]
    public void A_click_on_the_zenity_dialog_names_the_accessible_ok_button_and_the_window()
    {
        Skip.If(desktop.SkipReason is not null, desktop.SkipReason);
        var dialog = desktop.Start("zenity", "--info --title click-test --text Saved");
        var window = desktop.WaitForWindow("^click-test$");
        var info = desktop.Run("xwininfo", $"-id {window}");
        int Field(string name) => int.Parse(Regex.Match(info, name + @":\s+(-?\d+)").Groups[1].Value, CultureInfo.InvariantCulture);
        var (x, y) = (Field("Absolute upper-left X") + Field("Width") - 40, Field("Absolute upper-left Y") + Field("Height") - 22);
        Thread.Sleep(500); // let the dialog register with the accessibility bus
        var sink = new CollectingSink();
        using (var source = StartSource(sink))
        {
            Skip.If(!source.HasAccessibility, "no AT-SPI accessibility bus on the session (at-spi2-core not installed)");
            desktop.Run("xdotool", $"mousemove {x} {y} mousedown 1");
            Thread.Sleep(150);
            desktop.Run("xdotool", "mouseup 1");
            sink.WaitFor(es => es.Any(e => e.Kind == EventKinds.Click), Wait);
        }
        var click = Assert.Single(sink.Events, e => e.Kind == EventKinds.Click);
        Assert.Equal("zenity", click.App);
        Assert.Equal("Zenity", click.Attrs!["wm_class"]);
        Assert.Equal("click-test", click.Window);
        Assert.True(click.TargetRole == "push button", "element: " + string.Join(", ", click.Attrs!.Select(a => a.Key + "=" + a.Value)));
        Assert.Equal("OK", click.TargetName);
        Assert.Equal((x, y), (click.X, click.Y));
        Assert.True(dialog.WaitForExit(5000), "the click should have pressed OK and closed the dialog");
    }

    [SkippableFact]
    public void Copy_and_paste_carry_the_same_keyed_hash_and_no_text()
    {
        Skip.If(desktop.SkipReason is not null, desktop.SkipReason);
        var spooled = new CollectingSink();
        var filter = new PrivacyFilter(CapturePolicy.Default with { OrgKey = new string('a', 64) });
        var sink = new CollectingSink();
        using (var pipeline = new CapturePipeline(filter, spooled))
        {
            using (var source = StartSource(sink))
            {
                desktop.Run("xclip", "-selection clipboard", "order 4711 for ACME");
                sink.WaitFor(es => es.Any(e => e.Kind == EventKinds.Copy), Wait);
                Assert.Equal("order 4711 for ACME", desktop.Run("xclip", "-o -selection clipboard"));
                sink.WaitFor(es => es.Any(e => e.Kind == EventKinds.Paste), Wait);
            }
            foreach (var e in sink.Events)
                pipeline.Write(e);
        }
        var copy = Assert.Single(spooled.Events, e => e.Kind == EventKinds.Copy);
        var paste = Assert.Single(spooled.Events, e => e.Kind == EventKinds.Paste);
        Assert.Null(copy.Value);
        Assert.Null(paste.Value);
        Assert.NotNull(copy.ValueHash);
        Assert.Equal(copy.ValueHash, paste.ValueHash);
        Assert.Equal("19", paste.Attrs!["chars"]);
        Assert.True(copy.Ts < paste.Ts);
    }
}
