using Deskmine.Core;
using Deskmine.Core.Events;
using Deskmine.Privacy.Policies;
using Deskmine.Privacy.Pseudonyms;

namespace Deskmine.Privacy.Tests;

public class PrivacyFilterTests
{
    public static TheoryData<string, string> PlantedSecrets => new()
    {
        { "email", "john.smith@example.com" },
        { "card", "4111 1111 1111 1111" },
        { "card-dashes", "5500-0000-0000-0004" },
        { "iban", "DE89 3704 0044 0532 0130 00" },
        { "iban-gb", "GB82WEST12345698765432" },
        { "ip", "192.168.17.42" },
        { "ipv6", "2001:db8:85a3::8a2e:370:7334" },
        { "phone", "+49 30 12345678" },
        { "phone-us", "(212) 555-0143" },
        { "ssn", "536-22-8471" },
        { "nino", "AB 12 34 56 C" },
        { "jwt", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U" },
    };

    [Theory]
    [MemberData(nameof(PlantedSecrets))]
    public void Planted_secret_survives_in_no_field(string kind, string secret)
    {
        var policy = Some.Policy() with { ClipboardText = [new TextOptIn()] };
        var e = Some.Event(EventKinds.Copy) with
        {
            Window = $"Customer {secret} - Excel",
            Url = $"https://crm.example.com/customers?contact={Uri.EscapeDataString(secret)}",
            TargetName = $"Contact {secret}",
            TargetId = $"field {secret}",
            TargetPath = $"#form > input[title='{secret}']",
            Value = $"please use {secret} today",
            Activity = $"Check {secret}",
            Attrs = new Dictionary<string, string> { ["cell"] = $"B7: {secret}", [$"note {secret}"] = "x" },
        };

        var kept = Some.Kept(Some.Filter(policy), e);

        Some.AssertNoLeak(kept, secret);
        Assert.NotNull(kept.Value);
        Assert.Contains("please use", kept.Value, StringComparison.Ordinal);
        Assert.True(kept.ValueHash is { Length: 64 }, kind);
    }

    [Fact]
    public void Source_that_cleaning_changes_is_refused_every_time_while_a_plain_one_is_kept_every_time()
    {
        // Accepted schema words are remembered; a refused one must never be remembered as accepted.
        var filter = Some.Filter();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(DropReason.UnsafeField, filter.Apply(Some.Event() with { Source = "import:192.168.17.42" }).Reason);
            Assert.Equal("import:csv", Some.Kept(filter, Some.Event() with { Source = "import:csv" }).Source);
        }
        Assert.Equal(3, filter.Stats.DroppedFor(DropReason.UnsafeField));
    }

    [Fact]
    public void Planted_secrets_survive_with_templating_off()
    {
        var policy = Some.Policy() with { Templating = false, TypedText = [new TextOptIn("excel")] };
        const string all = "john@example.com 4111111111111111 DE89370400440532013000 10.1.2.3 +44 20 7946 0958";
        var e = Some.Event(EventKinds.TextInput) with { Window = all, Value = all, TargetName = all };

        var kept = Some.Kept(Some.Filter(policy), e);

        foreach (var secret in new[] { "john@example.com", "4111111111111111", "DE89370400440532013000", "10.1.2.3", "7946 0958" })
            Some.AssertNoLeak(kept, secret);
        Assert.Equal("<email> <card> <iban> <ip> <phone>", kept.Value);
    }

    [Fact]
    public void Token_and_credentials_in_url_are_removed()
    {
        var e = Some.Event(EventKinds.Navigate, "chromium") with
        {
            Url = "https://bob:hunter2@portal.example.com/api/orders/4711?access_token=abc123def456&sig=ZmFrZXNpZw&page=2#token=qwerty987",
        };

        var kept = Some.Kept(Some.Filter(), e);

        foreach (var secret in new[] { "bob", "hunter2", "abc123def456", "ZmFrZXNpZw", "qwerty987", "4711" })
            Some.AssertNoLeak(kept, secret);
        Assert.Equal("https://portal.example.com/api/orders/<id>?access_token=<secret>&sig=<secret>&page=<v>#token=<secret>", kept.Url);
    }

    [Theory]
    [InlineData("RE: Offer – John Smith", "RE: Offer – <name>")]
    [InlineData("RE: Offer – John Smith – Microsoft Outlook", "RE: Offer – <name> – Microsoft Outlook")]
    [InlineData("Fwd: Contract - Anna Maria Schulz | Thunderbird", "Fwd: Contract - <name> | Thunderbird")]
    public void Name_in_a_reply_title_is_replaced(string title, string expected)
    {
        var e = Some.Event(app: "outlook") with { Window = title };

        var kept = Some.Kept(Some.Filter(), e);

        Assert.Equal(expected, kept.Window);
        Some.AssertNoLeak(kept, "Smith");
        Some.AssertNoLeak(kept, "Schulz");
    }

    [Fact]
    public void Password_typed_into_a_password_field_keeps_no_value_and_no_hash()
    {
        // Even an explicit opt-in for every field does not let a password through.
        var policy = Some.Policy() with { TypedText = [new TextOptIn()] };
        var byRole = Some.Event(EventKinds.TextInput) with { TargetRole = "password text", TargetName = "Password", Value = "S3cret!Pass" };
        var byAttr = Some.Event(EventKinds.Paste, "chromium") with
        {
            Value = "S3cret!Pass",
            ValueHash = "0123",
            Attrs = new Dictionary<string, string> { ["input_type"] = "password" },
        };

        var filter = Some.Filter(policy);
        foreach (var e in new[] { byRole, byAttr })
        {
            var kept = Some.Kept(filter, e);
            Assert.Null(kept.Value);
            Assert.Null(kept.ValueHash);
            Some.AssertNoLeak(kept, "S3cret!Pass");
        }
    }

    [Fact]
    public void Typed_text_is_hashed_not_kept_by_default()
    {
        var filter = Some.Filter();
        var kept = Some.Kept(filter, Some.Event(EventKinds.TextInput) with { Value = "Quarterly numbers" });
        var again = Some.Kept(filter, Some.Event(EventKinds.Paste) with { Value = "Quarterly numbers" });

        Assert.Null(kept.Value);
        Assert.Equal(Pseudonymiser.FromText(Some.OrgKey).ValueHash("Quarterly numbers"), kept.ValueHash);
        // The same content gives the same hash across kinds, so transfers can be matched.
        Assert.Equal(kept.ValueHash, again.ValueHash);
    }

    [Fact]
    public void Typed_text_is_kept_only_in_opted_in_fields()
    {
        var policy = Some.Policy() with { TypedText = [new TextOptIn("excel", "Search*")] };
        var filter = Some.Filter(policy);

        var search = Some.Kept(filter, Some.Event(EventKinds.TextInput) with { TargetName = "Search box", Value = "invoice 4711" });
        var other = Some.Kept(filter, Some.Event(EventKinds.TextInput) with { TargetName = "Comment", Value = "invoice 4711" });

        Assert.Equal("invoice 4711", search.Value);
        Assert.Null(other.Value);
        Assert.NotNull(other.ValueHash);
    }

    [Fact]
    public void Key_names_are_kept()
    {
        var kept = Some.Kept(Some.Filter(), Some.Event(EventKinds.KeyShortcut) with { Value = "ctrl+c" });

        Assert.Equal("ctrl+c", kept.Value);
    }

    [Fact]
    public void Users_and_machines_become_stable_pseudonyms_and_team_comes_from_the_policy()
    {
        var filter = Some.Filter(Some.Policy() with { Team = "Accounts payable" });

        var first = Some.Kept(filter, Some.Event());
        var second = Some.Kept(filter, Some.Event() with { User = "Alice " });

        Assert.Matches("^u_[0-9a-f]{16}$", first.User!);
        Assert.Matches("^m_[0-9a-f]{16}$", first.Machine!);
        Assert.Equal(first.User, second.User);
        Assert.Equal("Accounts payable", first.Team);
        Some.AssertNoLeak(first, "alice");
        Some.AssertNoLeak(first, "PC-ALICE");
    }

    [Fact]
    public void Filtering_twice_changes_nothing()
    {
        var filter = Some.Filter(Some.Policy() with { ClipboardText = [new TextOptIn()] });
        var e = Some.Event(EventKinds.Copy) with
        {
            Window = "Invoice 4711 from 01.03.2024 – john@example.com – SAP",
            Url = "https://erp.example.com/invoices/4711?token=abc&q=smith",
            Value = "IBAN DE89 3704 0044 0532 0130 00",
        };

        var once = Some.Kept(filter, e);
        var twice = Some.Kept(filter, once);

        Assert.Equal(Some.Json(once), Some.Json(twice));
        Assert.Equal("Invoice <num> from <date> – <email> – SAP", once.Window);
    }

    [Fact]
    public void No_org_key_refuses_to_start_unless_pseudonyms_are_off()
    {
        var ex = Assert.Throws<ArgumentException>(() => new PrivacyFilter(CapturePolicy.Default));
        Assert.Contains("orgKey", ex.Message, StringComparison.Ordinal);

        var local = new PrivacyFilter(CapturePolicy.Default with { Pseudonymise = false });
        var kept = Some.Kept(local, Some.Event(EventKinds.Copy) with { Value = "secret text" });
        Assert.Equal("alice", kept.User);
        Assert.Null(kept.Value);
        Assert.Null(kept.ValueHash);
    }

    [Fact]
    public void Invalid_custom_rule_drops_everything()
    {
        var filter = Some.Filter(Some.Policy() with { Rules = [new CustomRule("(unclosed", "<x>")] });

        var result = filter.Apply(Some.Event());

        Assert.False(filter.IsPolicyValid);
        Assert.False(result.IsKept);
        Assert.Equal(DropReason.InvalidPolicy, result.Reason);
        Assert.Equal(1, filter.Stats.DroppedFor(DropReason.InvalidPolicy));
        Assert.Equal(0, filter.Stats.Kept);
    }

    [Fact]
    public void Custom_rule_replaces_matches_before_detectors()
    {
        var filter = Some.Filter(Some.Policy() with { Rules = [new CustomRule(@"\bK-\d{5}\b", "<customer>")] });

        var kept = Some.Kept(filter, Some.Event() with { Window = "Customer K-12345 – CRM", TargetName = "K-12345" });

        Assert.Equal("Customer <customer> – CRM", kept.Window);
        Assert.Equal("<customer>", kept.TargetName);
        Assert.Equal(2, filter.Stats.Detections["rule"]);
    }

    [Fact]
    public void Rule_that_times_out_drops_the_event()
    {
        var filter = Some.Filter(Some.Policy() with { Rules = [new CustomRule(@"^(a+)+$", "<x>")] });

        var result = filter.Apply(Some.Event() with { Window = new string('a', 40) + "!" });

        Assert.Equal(DropReason.FilterError, result.Reason);
        Assert.Equal(1, filter.Stats.DroppedFor(DropReason.FilterError));
    }

    [Theory]
    [InlineData("KeePassXC", DropReason.AppDenied)]
    [InlineData("keepass", DropReason.AppDenied)]
    [InlineData("banking-app", DropReason.AppNotAllowed)]
    [InlineData("", DropReason.AppNotAllowed)]
    public void Deny_listed_and_unlisted_apps_are_dropped(string app, DropReason reason)
    {
        var filter = Some.Filter(Some.Policy() with { AllowApps = ["excel", "chrom*", "keepass*"], DenyApps = ["keepass*"] });

        Assert.True(filter.Apply(Some.Event(app: "Excel")).IsKept);
        Assert.Equal(reason, filter.Apply(Some.Event(app: app)).Reason);
    }

    [Theory]
    [InlineData("https://online.bank.example/account/1", DropReason.UrlDenied)]
    [InlineData("https://www.private-mail.example/inbox", DropReason.UrlNotAllowed)]
    [InlineData("HTTPS://user:pw@Online.Bank.Example:8443/login?next=/", DropReason.UrlDenied)]
    public void Urls_outside_the_lists_are_dropped(string url, DropReason reason)
    {
        var filter = Some.Filter(Some.Policy() with { AllowUrls = ["*.example.com/*", "*.bank.example/*"], DenyUrls = ["*.bank.example/*"] });

        Assert.True(filter.Apply(Some.Event(EventKinds.Navigate, "chromium") with { Url = "https://erp.example.com/orders" }).IsKept);
        Assert.Equal(reason, filter.Apply(Some.Event(EventKinds.Navigate, "chromium") with { Url = url }).Reason);
    }

    [Theory]
    [InlineData(2024, 3, 4, 7, 59, false)]   // Monday 08:59 Berlin (CET, UTC+1): before hours
    [InlineData(2024, 3, 4, 8, 0, true)]     // Monday 09:00 Berlin
    [InlineData(2024, 3, 4, 16, 59, true)]   // Monday 17:59 Berlin
    [InlineData(2024, 3, 4, 17, 0, false)]   // Monday 18:00 Berlin: end is exclusive
    [InlineData(2024, 3, 9, 10, 0, false)]   // Saturday
    [InlineData(2024, 7, 1, 7, 30, true)]    // Monday 09:30 Berlin in summer time (UTC+2)
    public void Recording_hours_use_the_events_own_time_in_the_policy_time_zone(int y, int mo, int d, int h, int mi, bool kept)
    {
        var window = new RecordingWindow { From = new TimeOnly(9, 0), To = new TimeOnly(18, 0), TimeZone = "Europe/Berlin" };
        var filter = Some.Filter(Some.Policy() with { RecordingHours = [window] });
        var ts = Timestamps.ToMicros(new DateTimeOffset(y, mo, d, h, mi, 0, TimeSpan.Zero));

        var result = filter.Apply(Some.Event() with { Ts = ts });

        Assert.Equal(kept, result.IsKept);
        if (!kept)
            Assert.Equal(DropReason.OutsideRecordingHours, result.Reason);
    }

    [Fact]
    public void Recording_hours_drop_events_without_a_timestamp()
    {
        var filter = Some.Filter(Some.Policy() with { RecordingHours = [new RecordingWindow()] });

        Assert.Equal(DropReason.OutsideRecordingHours, filter.Apply(Some.Event() with { Ts = null }).Reason);
    }

    [Fact]
    public void Overnight_window_belongs_to_the_day_it_starts()
    {
        var window = new RecordingWindow { Days = [DayOfWeek.Friday], From = new TimeOnly(22, 0), To = new TimeOnly(6, 0) };

        Assert.True(window.Contains(new DateTime(2024, 3, 8, 23, 0, 0, DateTimeKind.Unspecified)));  // Friday night
        Assert.True(window.Contains(new DateTime(2024, 3, 9, 5, 0, 0, DateTimeKind.Unspecified)));   // Saturday early
        Assert.False(window.Contains(new DateTime(2024, 3, 8, 5, 0, 0, DateTimeKind.Unspecified)));  // Friday early
    }

    [Fact]
    public void Stats_count_kept_drops_and_detections()
    {
        var filter = Some.Filter(Some.Policy() with { DenyApps = ["keepass"] });

        var kept = filter.Filter([Some.Event() with { Window = "Mail to a@example.com" }, Some.Event(app: "keepass")]).ToList();

        Assert.Single(kept);
        Assert.Equal(1, filter.Stats.Kept);
        Assert.Equal(1, filter.Stats.Dropped);
        Assert.Equal(1, filter.Stats.Detections["email"]);
    }
}
