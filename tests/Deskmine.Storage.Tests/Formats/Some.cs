using Deskmine.Core.Events;

namespace Deskmine.Storage.Tests.Formats;

/// <summary>Test data and comparisons for the format tests.</summary>
internal static class Some
{
    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Formats", "Fixtures", name);

    /// <summary>A temporary file path that is deleted when disposed.</summary>
    public sealed class TempFile(string extension) : IDisposable
    {
        public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"deskmine-{Guid.NewGuid():N}{extension}");

        public void Dispose()
        {
            if (File.Exists(Path))
                File.Delete(Path);
        }
    }

    /// <summary>A fully populated UI event.</summary>
    public static UiEvent UiEvent(int i) => new()
    {
        Id = Guid.CreateVersion7(DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_000 + i)),
        Session = "s-1",
        Seq = i,
        Ts = 1_700_000_000_000_000 + (i * 1_234_567L),
        Duration = i % 2 == 0 ? null : 1500,
        User = "u1",
        Machine = "m1",
        Team = "finance",
        Source = "x11",
        Kind = EventKinds.Click,
        App = "Chrome",
        Window = "Invoice <num> – SAP",
        Url = "https://example.org/a?b=1,2",
        TargetRole = "push button",
        TargetName = "OK \"now\"",
        TargetId = "btn-ok",
        TargetPath = "form > button",
        X = 10 + i,
        Y = 20,
        Value = "line one\nline two; with, commas",
        ValueHash = "abc123",
        Attrs = new Dictionary<string, string> { ["workbook"] = "book.xlsx", ["sheet"] = "Sheet 1" },
        CaseId = i < 2 ? "case-a" : "case-b",
        Activity = "Press OK",
        SourceRow = i,
    };

    /// <summary>Asserts two events are equal field by field, comparing attrs by content.</summary>
    public static void EqualEvents(UiEvent expected, UiEvent actual, bool compareIds = true)
    {
        var e = expected with { Attrs = null };
        var a = actual with { Attrs = null };
        if (!compareIds)
            a = a with { Id = e.Id };
        Assert.Equal(e, a);
        Assert.Equal(
            (expected.Attrs ?? new Dictionary<string, string>()).OrderBy(kv => kv.Key, StringComparer.Ordinal),
            (actual.Attrs ?? new Dictionary<string, string>()).OrderBy(kv => kv.Key, StringComparer.Ordinal));
    }
}
