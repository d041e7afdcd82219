using Deskmine.Privacy.Detection;
using Deskmine.Privacy.Policies;

namespace Deskmine.Privacy.Tests;

/// <summary><see cref="PrivacyFilter.FindSensitiveSpans"/> and <see cref="PrivacyFilter.IsAppDenied"/>: what a
/// caller that hides rather than replaces (screenshot redaction) relies on.</summary>
public sealed class PrivacyFilterSpansTests
{
    private static PrivacyFilter Filter(CapturePolicy? policy = null) =>
        new((policy ?? CapturePolicy.Default) with { Pseudonymise = false });

    [Fact]
    public void Spans_cover_each_detection_in_the_text_as_given()
    {
        const string text = "Mail jane.doe@example.com card 4111 1111 1111 1111 ok";

        var spans = Filter().FindSensitiveSpans(text);

        Assert.Equal(["jane.doe@example.com", "4111 1111 1111 1111"], spans.Select(s => text.Substring(s.Start, s.Length)));
    }

    [Fact]
    public void Custom_rules_are_spans_too_and_ordinary_text_has_none()
    {
        var filter = Filter(CapturePolicy.Default with { Rules = [new CustomRule(@"ACME-\d+", "<customer>")] });

        Assert.Equal([new PiiMatch(6, 8)], filter.FindSensitiveSpans("Order ACME-471 shipped"));
        Assert.Empty(filter.FindSensitiveSpans("Invoice total due this month"));
    }

    [Fact]
    public void A_detection_only_the_normalised_text_shows_marks_the_whole_text()
    {
        // Full-width digits: the card detector reads them after normalisation only.
        const string text = "card ４１１１ １１１１ １１１１ １１１１";

        Assert.Equal([new PiiMatch(0, text.Length)], Filter().FindSensitiveSpans(text));
    }

    [Fact]
    public void A_policy_that_does_not_compile_refuses_to_call_anything_harmless()
    {
        var filter = Filter(CapturePolicy.Default with { Rules = [new CustomRule("([", "x")] });

        Assert.Throws<InvalidOperationException>(() => filter.FindSensitiveSpans("hello"));
        Assert.True(filter.IsAppDenied("xterm"));
    }

    [Fact]
    public void Denied_and_not_allowed_applications_are_denied()
    {
        var filter = Filter(CapturePolicy.Default with { AllowApps = ["xterm", "zenity", "keepass*"], DenyApps = ["keepass*"] });

        Assert.False(filter.IsAppDenied("xterm"));
        Assert.True(filter.IsAppDenied("KeePassXC"));
        Assert.True(filter.IsAppDenied("ｋｅｅｐａｓｓｘｃ"));
        Assert.True(filter.IsAppDenied("firefox"));
    }
}
