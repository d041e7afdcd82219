using System.Text.Json;
using Deskmine.Core.Events;

namespace Deskmine.Core.Tests;

public sealed class UiEventJsonTests
{
    private static readonly UiEvent Full = new()
    {
        Id = Guid.CreateVersion7(), Session = "s", Seq = 3, Ts = 1_700_000_000_123_456, Duration = 5, User = "u", Machine = "m",
        Team = "t", Source = "x11", Kind = EventKinds.Paste, App = "a", Window = "w", Url = "https://e.example/x", TargetRole = "r",
        TargetName = "n", TargetId = "i", TargetPath = "p", X = -4, Y = 9, Value = "v", ValueHash = "h",
        Attrs = new Dictionary<string, string> { ["k"] = "v" }, CaseId = "c", Activity = "act", SourceRow = 11,
    };

    [Fact]
    public void Every_field_round_trips_under_its_schema_name()
    {
        var json = UiEventJson.ToUtf8(Full);
        using var doc = JsonDocument.Parse(json);
        Assert.Equal(UiEventJson.FieldNames.Order(), doc.RootElement.EnumerateObject().Select(p => p.Name).Order());
        var back = UiEventJson.FromUtf8(json);
        Assert.Equal(Full with { Attrs = null }, back with { Attrs = null });
        Assert.Equal(Full.Attrs, back.Attrs);
    }

    [Theory]
    [InlineData("{\"id\":\"00000000-0000-0000-0000-000000000001\",\"session\":\"s\",\"seq\":0,\"source\":\"x\",\"kind\":\"click\",\"colour\":1}", "colour")]
    [InlineData("{\"id\":\"00000000-0000-0000-0000-000000000001\",\"session\":\"s\",\"seq\":0,\"source\":\"x\",\"kind\":\"click\",\"x\":3000000000}", "x")]
    [InlineData("{\"id\":\"00000000-0000-0000-0000-000000000001\",\"session\":\"s\",\"seq\":0,\"source\":\"x\"}", "kind")]
    [InlineData("{\"id\":\"00000000-0000-0000-0000-000000000001\",\"session\":\"s\",\"seq\":0,\"source\":\"x\",\"kind\":\"click\",\"attrs\":{\"a\":1}}", "attrs.a")]
    [InlineData("{\"id\":\"00000000-0000-0000-0000-000000000001\",\"session\":\"\",\"seq\":0,\"source\":\"x\",\"kind\":\"click\"}", "session")]
    public void Strict_reading_names_the_offending_field(string json, string field)
    {
        using var doc = JsonDocument.Parse(json);
        Assert.False(UiEventJson.TryRead(doc.RootElement, 100, 10, out _, out var bad, out var problem));
        Assert.Equal(field, bad);
        Assert.False(string.IsNullOrEmpty(problem));
    }
}
