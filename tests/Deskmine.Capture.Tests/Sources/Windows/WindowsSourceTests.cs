using Deskmine.Capture.Sources.Windows;

namespace Deskmine.Capture.Tests.Sources.Windows;

// The live source needs a Windows desktop; what can be checked anywhere is its contract with the agent.
#pragma warning disable CA1416 // Deliberately called off Windows to check that it refuses cleanly.
public sealed class WindowsSourceTests
{
    [SkippableFact]
    public void Off_windows_start_refuses_with_the_reason_and_dispose_is_harmless()
    {
        Skip.If(OperatingSystem.IsWindows(), "on Windows the source would install real hooks");
        var sink = new CollectingSink();
        using var source = new WindowsSource(new WindowsSourceOptions(), TimeProvider.System);
        Assert.Equal("windows", source.Name);
        var ex = Assert.Throws<InvalidOperationException>(() => source.Start(sink));
        Assert.Contains("Windows only", ex.Message, StringComparison.Ordinal);
        Assert.Empty(sink.Events);
    }

    [Fact]
    public void Options_that_would_break_the_interpretation_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new WindowsSourceOptions { DoubleClickDistance = -1 }.Validate());
        Assert.Throws<ArgumentOutOfRangeException>(() => new WindowsSourceOptions { IdleAfter = TimeSpan.FromSeconds(1) }.Validate());
        Assert.Throws<ArgumentOutOfRangeException>(() => new WindowsSource(new WindowsSourceOptions { TypingPause = TimeSpan.Zero }, TimeProvider.System));
    }
}
#pragma warning restore CA1416
