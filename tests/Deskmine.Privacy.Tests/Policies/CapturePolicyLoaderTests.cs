using Deskmine.Core.Errors;
using Deskmine.Privacy.Policies;

namespace Deskmine.Privacy.Tests.Policies;

public class CapturePolicyLoaderTests
{
    private const string Example = """
        {
          // Finance team, office hours only
          "team": "Finance",
          "orgKey": "000102030405060708090a0b0c0d0e0f",
          "kAnonymity": 7,
          "apps": { "allow": ["excel", "chrom*"], "deny": ["keepass*"] },
          "urls": { "deny": ["*.bank.example/*"] },
          "recordingHours": { "days": ["mon", "tue", "wed", "thu", "friday"], "from": "08:00", "to": "18:30", "timeZone": "Europe/Berlin" },
          "typedText": [ { "app": "excel", "field": "Search*" } ],
          "clipboardText": [ { "app": "excel" } ],
          "rules": [ { "name": "customer", "pattern": "K-\\d{5}", "replacement": "<customer>" } ],
          "templating": true,
        }
        """;

    [Fact]
    public void Empty_policy_gives_the_defaults()
    {
        var policy = CapturePolicyLoader.Parse("{}", "policy.json");

        Assert.Equal(CapturePolicy.Default.AllowApps, policy.AllowApps);
        Assert.Empty(policy.TypedText);
        Assert.Empty(policy.ClipboardText);
        Assert.Empty(policy.RecordingHours);
        Assert.True(policy.Pseudonymise);
        Assert.True(policy.Templating);
        Assert.Equal(5, policy.KAnonymity);
    }

    [Fact]
    public void Full_example_is_read()
    {
        var policy = CapturePolicyLoader.Parse(Example, "policy.json");

        Assert.Equal("Finance", policy.Team);
        Assert.Equal(7, policy.KAnonymity);
        Assert.Equal(["excel", "chrom*"], policy.AllowApps);
        Assert.Equal(["keepass*"], policy.DenyApps);
        Assert.Equal(["*"], policy.AllowUrls);
        var window = Assert.Single(policy.RecordingHours);
        Assert.Equal(5, window.Days.Count);
        Assert.Equal(new TimeOnly(18, 30), window.To);
        Assert.Equal("Europe/Berlin", window.TimeZone);
        Assert.Equal(new TextOptIn("excel", "Search*"), Assert.Single(policy.TypedText));
        Assert.Equal(new TextOptIn("excel", "*"), Assert.Single(policy.ClipboardText));
        Assert.Equal(new CustomRule(@"K-\d{5}", "<customer>"), Assert.Single(policy.Rules));
        Assert.True(new PrivacyFilter(policy).IsPolicyValid);
    }

    [Theory]
    [InlineData("{\n  \"apps\": { \"allow\": \"excel\" }\n}", 2, "apps.allow", "expected a list of strings")]
    [InlineData("{\n  \"team\": \"x\",\n  \"typedTxt\": []\n}", 3, "typedTxt", "unknown property")]
    [InlineData("{\n  \"rules\": [\n    { \"pattern\": \"(unclosed\", \"replacement\": \"x\" }\n  ]\n}", 3, "rules[0].pattern", "invalid regular expression")]
    [InlineData("{\n\"recordingHours\": {\n \"from\": \"8am\"\n}\n}", 3, "recordingHours.from", "HH:mm")]
    [InlineData("{\n\"recordingHours\": [{ \"timeZone\": \"Mars/Olympus\" }]\n}", 2, "recordingHours[0].timeZone", "unknown time zone")]
    [InlineData("{\n\"recordingHours\": [{\n\"days\": [\"mon\", \"funday\"] }]\n}", 3, "recordingHours[0].days", "unknown day")]
    [InlineData("{\n\n\"orgKey\": \"abcd\"\n}", 3, "orgKey", "at least 16 bytes")]
    [InlineData("{\n\"kAnonymity\": 0\n}", 2, "kAnonymity", "whole number")]
    [InlineData("{\n\"pseudonymise\": \"no\"\n}", 2, "pseudonymise", "true or false")]
    [InlineData("[]", 1, null, "JSON object")]
    public void Invalid_policy_names_line_and_property(string json, long line, string? property, string problem)
    {
        var ex = Assert.Throws<InputException>(() => CapturePolicyLoader.Parse(json, "policy.json"));

        Assert.Equal("policy.json", ex.Source);
        Assert.Equal(line, ex.Line);
        Assert.Equal(property, ex.Column);
        Assert.Contains(problem, ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_json_names_the_line()
    {
        var ex = Assert.Throws<InputException>(() => CapturePolicyLoader.Parse("{\n  \"team\": \"x\"\n  \"templating\": true\n}", "p.json"));

        Assert.Equal(3, ex.Line);
        Assert.Contains("invalid JSON", ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_reads_a_file_and_reports_a_missing_one()
    {
        var path = Path.Combine(Path.GetTempPath(), $"deskmine-policy-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, Example);
        try
        {
            Assert.Equal("Finance", CapturePolicyLoader.Load(path).Team);
        }
        finally
        {
            File.Delete(path);
        }
        var ex = Assert.Throws<InputException>(() => CapturePolicyLoader.Load(path));
        Assert.Equal(path, ex.Source);
    }
}
