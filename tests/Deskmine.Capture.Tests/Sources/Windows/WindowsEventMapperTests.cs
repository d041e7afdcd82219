using Deskmine.Capture.Sources.Windows;
using Deskmine.Core.Events;

namespace Deskmine.Capture.Tests.Sources.Windows;

public sealed class WindowsEventMapperTests
{
    private const long Epoch = 1_780_000_000_000_000;
    private const uint Start = 1_000_000;
    private const uint Down = WindowsMessages.LeftButtonDown;

    private static WindowsEventMapper NewMapper(WindowsSourceOptions? options = null)
    {
        var mapper = new WindowsEventMapper(options ?? new WindowsSourceOptions(), new TickClock(Start, Epoch), Start);
        mapper.Foreground(new ForegroundChange(0x10, "Invoice 42 - Notepad", "Notepad", "notepad.exe", Start));
        return mapper;
    }

    private static LowLevelKey Press(uint vk, uint at) => new(vk, 0, at);

    private static LowLevelKey Release(uint vk, uint at) => new(vk, LowLevelKey.UpFlag, at);

    private static List<UiEvent> Type(WindowsEventMapper m, uint at, string keys)
    {
        var events = new List<UiEvent>();
        foreach (var c in keys)
        {
            events.AddRange(m.Key(Press(char.ToUpperInvariant(c), at)));
            events.AddRange(m.Key(Release(char.ToUpperInvariant(c), at + 50)));
            at += 100;
        }
        return events;
    }

    [Fact]
    public void A_left_press_is_a_click_with_position_process_and_title_and_the_release_adds_nothing()
    {
        var m = NewMapper();
        var click = Assert.Single(m.Mouse(new LowLevelMouse(Down, 300, 200, Start + 500)));
        Assert.Empty(m.Mouse(new LowLevelMouse(WindowsMessages.LeftButtonUp, 300, 200, Start + 560)));
        Assert.Equal((EventKinds.Click, "windows", "notepad", "Invoice 42 - Notepad"), (click.Kind, click.Source, click.App, click.Window));
        Assert.Equal((300, 200, Epoch + 500_000), (click.X!.Value, click.Y!.Value, click.Ts!.Value));
        Assert.Equal("Notepad", click.Attrs!["window_class"]);
    }

    [Fact]
    public void A_second_left_press_within_time_and_distance_is_a_double_click()
    {
        var m = NewMapper(new WindowsSourceOptions { DoubleClickTime = TimeSpan.FromMilliseconds(500), DoubleClickDistance = 2 });
        var kinds = new[]
        {
            (Down, 100, 100, 0u), (Down, 102, 99, 300u),   // click, double click
            (Down, 102, 99, 600u),                          // a third press starts over: click
            (Down, 110, 99, 700u),                          // too far: click
            (Down, 110, 99, 1300u),                         // too late: click
            (WindowsMessages.RightButtonDown, 110, 99, 1400u),
            (WindowsMessages.MiddleButtonDown, 110, 99, 1500u),
        }.SelectMany(p => m.Mouse(new LowLevelMouse(p.Item1, p.Item2, p.Item3, Start + 1000 + p.Item4))).ToList();
        Assert.Equal(
            [EventKinds.Click, EventKinds.DoubleClick, EventKinds.Click, EventKinds.Click, EventKinds.Click, EventKinds.RightClick, EventKinds.Click],
            kinds.Select(e => e.Kind));
        Assert.Equal("middle", kinds[^1].Attrs!["button"]);
    }

    [Fact]
    public void A_click_carries_the_uia_element_as_the_role_the_x11_source_records()
    {
        var m = NewMapper();
        var click = Assert.Single(m.Mouse(new LowLevelMouse(Down, 5, 5, Start + 10), new UiaElement(50000, "Save", "saveButton")));
        Assert.Equal(("push button", "Save", "saveButton"), (click.TargetRole, click.TargetName, click.TargetId));
        var field = Assert.Single(m.Mouse(new LowLevelMouse(Down, 500, 5, Start + 2000), new UiaElement(50004, "Password", "", IsPassword: true)));
        Assert.Equal(("password text", null), (field.TargetRole, field.TargetId));
    }

    [Theory]
    [InlineData(50000, "push button")]
    [InlineData(50002, "check box")]
    [InlineData(50003, "combo box")]
    [InlineData(50004, "text")]
    [InlineData(50005, "link")]
    [InlineData(50011, "menu item")]
    [InlineData(50019, "page tab")]
    [InlineData(50020, "label")]
    [InlineData(50032, "frame")]
    [InlineData(50025, "unknown")]
    [InlineData(1, "unknown")]
    public void Uia_control_types_map_to_at_spi_role_names(int controlType, string role) =>
        Assert.Equal(role, UiaRoles.Role(controlType));

    [Fact]
    public void Typing_becomes_one_text_input_ended_by_enter_with_shift_and_backspace_applied()
    {
        var m = NewMapper();
        var events = new List<UiEvent>();
        events.AddRange(m.Key(Press(0xA0, Start + 100)));           // left shift
        events.AddRange(Type(m, Start + 110, "h"));
        events.AddRange(m.Key(Release(0xA0, Start + 250)));
        events.AddRange(Type(m, Start + 300, "ix"));
        events.AddRange(m.Key(Press(0x08, Start + 600)));           // backspace
        events.AddRange(m.Key(Press(0x31, Start + 700)));           // '1'
        events.AddRange(m.Key(Press(0x0D, Start + 900)));           // enter
        Assert.Equal([EventKinds.TextInput, EventKinds.KeySpecial], events.Select(e => e.Kind));
        var burst = events[0];
        Assert.Equal(("Hi1", "4", "1"), (burst.Value, burst.Attrs!["chars"], burst.Attrs["corrections"]));
        Assert.Equal((Epoch + 110_000, 590_000L), (burst.Ts!.Value, burst.Duration!.Value));
        Assert.Equal(("Enter", "notepad"), (events[1].Value, events[1].App));
    }

    [Theory]
    [InlineData(0x0D, "Enter")]
    [InlineData(0x09, "Tab")]
    [InlineData(0x1B, "Esc")]
    [InlineData(0x2E, "Delete")]
    [InlineData(0x22, "PageDown")]
    [InlineData(0x74, "F5")]
    [InlineData(0x87, "F24")]
    public void Special_virtual_keys_are_key_special_with_schema_names(uint vk, string name)
    {
        var e = Assert.Single(NewMapper().Key(Press(vk, Start + 10)));
        Assert.Equal((EventKinds.KeySpecial, name), (e.Kind, e.Value));
    }

    [Fact]
    public void Ctrl_c_is_a_shortcut_named_like_on_x11_and_ctrl_v_also_pastes_the_copied_text()
    {
        var m = NewMapper();
        var copy = m.Copy(Start + 50, "INV-42");
        Assert.Equal((EventKinds.Copy, "INV-42", "6"), (copy.Kind, copy.Value, copy.Attrs!["chars"]));
        Assert.Empty(m.Key(Press(0xA2, Start + 100)));              // left ctrl
        var c = Assert.Single(m.Key(Press(0x43, Start + 110)));
        Assert.Equal((EventKinds.KeyShortcut, "ctrl+c"), (c.Kind, c.Value));
        var pasted = m.Key(Press(0x56, Start + 200));
        Assert.Equal([(EventKinds.KeyShortcut, "ctrl+v"), (EventKinds.Paste, "INV-42")], pasted.Select(e => (e.Kind, e.Value)));
        m.Key(Release(0xA2, Start + 300));
        m.Key(Press(0x12, Start + 400));                            // alt
        Assert.Equal("alt+f4", Assert.Single(m.Key(Press(0x73, Start + 410))).Value);
        m.Key(Release(0x12, Start + 500));
        m.Key(Press(0x11, Start + 600));                            // ctrl (either side)
        m.Key(Press(0x10, Start + 610));                            // shift
        Assert.Equal("ctrl+shift+s", Assert.Single(m.Key(Press(0x53, Start + 620))).Value);
        Assert.Equal("ctrl+shift+home", Assert.Single(m.Key(Press(0x24, Start + 630))).Value);
    }

    [Fact]
    public void A_foreground_change_ends_the_burst_in_its_window_and_a_title_change_is_its_own_app_switch()
    {
        var m = NewMapper();
        Type(m, Start + 100, "abc");
        var events = m.Foreground(new ForegroundChange(0x20, "Inbox - Outlook", "rctrl_renwnd32", "OUTLOOK.EXE", Start + 1000));
        Assert.Equal([EventKinds.TextInput, EventKinds.AppSwitch], events.Select(e => e.Kind));
        Assert.Equal(("notepad", "abc"), (events[0].App, events[0].Value));
        Assert.Equal(("outlook", "Inbox - Outlook", "focus"), (events[1].App, events[1].Window, events[1].Attrs!["reason"]));
        Assert.Empty(m.Foreground(new ForegroundChange(0x20, "Inbox - Outlook", "rctrl_renwnd32", "OUTLOOK.EXE", Start + 1100)));
        var title = Assert.Single(m.Foreground(new ForegroundChange(0x20, "Sent - Outlook", "rctrl_renwnd32", "OUTLOOK.EXE", Start + 1200)));
        Assert.Equal(("Sent - Outlook", "title"), (title.Window, title.Attrs!["reason"]));
    }

    [Fact]
    public void Focus_on_another_field_or_a_pause_starts_a_new_burst()
    {
        var m = NewMapper();
        Type(m, Start + 100, "ab");
        m.Focus(0x99);
        var first = Assert.Single(Type(m, Start + 400, "cd"));
        Assert.Equal("ab", first.Value);
        Assert.Empty(m.Tick(Start + 1000));
        Assert.Equal("cd", Assert.Single(m.Tick(Start + 3000)).Value);
    }

    [Fact]
    public void Gaps_in_input_are_idle_or_away_and_stop_closes_a_running_one()
    {
        var m = NewMapper();
        var afterIdle = m.Mouse(new LowLevelMouse(WindowsMessages.MouseMove, 1, 1, Start + 90_000));
        var idle = Assert.Single(afterIdle);
        Assert.Equal((EventKinds.Idle, Epoch, 90_000_000L, "idle"), (idle.Kind, idle.Ts!.Value, idle.Duration!.Value, idle.Attrs!["state"]));
        Assert.Null(idle.App);
        var away = Assert.Single(m.Stop(Start + 90_000 + 400_000));
        Assert.Equal((400_000_000L, "away"), (away.Duration!.Value, away.Attrs!["state"]));
    }

    [Fact]
    public void Wheel_notches_in_one_direction_make_one_scroll()
    {
        var m = NewMapper();
        var events = new[] { (-120, 0u), (-120, 100u), (-120, 200u), (120, 300u) }
            .SelectMany(w => m.Mouse(new LowLevelMouse(WindowsMessages.MouseWheel, 1, 1, Start + 10 + w.Item2, (short)w.Item1)))
            .ToList();
        Assert.Equal(["down", "up"], events.Select(e => e.Attrs!["direction"]));
    }

    [Fact]
    public void Ticks_convert_to_wall_clock_across_the_32_bit_wrap()
    {
        var clock = new TickClock(uint.MaxValue - 499, Epoch);
        Assert.Equal(Epoch + 1_000_000, clock.ToMicros(500));
        Assert.Equal(Epoch - 1_000, clock.ToMicros(uint.MaxValue - 500));
    }

    [Theory]
    [InlineData("WINWORD.EXE", "winword")]
    [InlineData("notepad", "notepad")]
    [InlineData("  ", null)]
    public void Process_names_are_written_like_on_linux(string name, string? expected) =>
        Assert.Equal(expected, WindowsEventMapper.ProcessName(name));
}
