using Deskmine.Core.Events;
using Deskmine.Privacy.Detection;
using Deskmine.Privacy.Policies;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Deskmine.Privacy.Tests;

public class PrivacyFilterPropertyTests
{
    // Surrounding text: letters, digits, punctuation and spaces, so digits next to the secret are covered.
    private static readonly Gen<string> Noise =
        Gen.Elements("abcdefghijklmnopqrstuvwxyzABCXYZ0123456789 .,;:-_/()#+*!?=&".ToCharArray())
            .ArrayOf()
            .Select(chars => new string(chars));

    private static readonly Gen<string> Card =
        from length in Gen.Choose(13, 19)
        from body in Gen.Choose(0, 9).ArrayOf(length - 1)
        from separator in Gen.Elements("", " ", "-")
        from groupSize in Gen.Elements(4, 5, 6)
        select Format(WithLuhnDigit(body), separator, groupSize);

    private static readonly Gen<string> Email =
        from local in Gen.Elements("abcdefghijklmnopqrstuvwxyz0123456789._-".ToCharArray()).NonEmptyListOf()
        from domain in Gen.Elements("abcdefghijklmnopqrstuvwxyz0123456789".ToCharArray()).NonEmptyListOf()
        from tld in Gen.Elements("com", "de", "org", "example", "co.uk")
        select $"{new string([.. local])}@{new string([.. domain])}.{tld}";

    // Text made of the pieces the detectors and templating react to, placeholders and their brackets included, so
    // the generator builds the near-placeholders ("<id>::d", "<num>4111") that once made a second pass differ.
    private static readonly Gen<string> Tricky =
        Gen.Elements("<", ">", "<id>", "<ip>", "<num>", "<email>", "<secret>", "<v>", "<redacted>", "::", ":", "15B", "d", "-", " ", "@",
                "%40", "%3D", "=", "token", "password is ", "RE: ", " – ", "John Smith", "4111", "1111", "0", "9", ".", "/", "?", "&",
                "https://", "example.com", "\u200b", "\uFF20", "\uFF11", "\u00A0", "DE89", "3704", "+49", "2001:db8", "fe80", "x")
            .ArrayOf()
            .Select(parts => string.Concat(parts));

    private static readonly PrivacyFilter Filter = Some.Filter(Some.Policy() with { ClipboardText = [new TextOptIn()] });

    [Property(MaxTest = 300)]
    public Property Valid_card_number_in_random_text_never_leaks() =>
        Prop.ForAll(Embedded(Card).ToArbitrary(), t => NoLeak(t.Text, t.Secret));

    [Property(MaxTest = 300)]
    public Property Email_in_random_text_never_leaks() =>
        Prop.ForAll(Embedded(Email).ToArbitrary(), t => NoLeak(t.Text, t.Secret));

    [Property(MaxTest = 300)]
    public Property Filtering_is_idempotent() =>
        Prop.ForAll(Embedded(Gen.OneOf(Card, Email)).ToArbitrary(), t =>
        {
            var once = Some.Kept(Filter, Event(t.Text));
            var twice = Some.Kept(Filter, once);
            Assert.Equal(Some.Json(once), Some.Json(twice));
            return true;
        });

    [Property(MaxTest = 500)]
    public Property Filtering_text_with_placeholder_characters_is_idempotent() =>
        Prop.ForAll(Tricky.ToArbitrary(), text =>
        {
            var e = Event(text) with { Url = "https://app.example.com/" + text, Session = text, CaseId = text, Team = text, App = "excel" };
            var once = Some.Kept(Filter, e);
            var twice = Some.Kept(Filter, once);
            Assert.Equal(Some.Json(once), Some.Json(twice));
            return true;
        });

    // Inputs on which these properties once failed (about one run in ten): an address followed by " .22" was dropped
    // whole by the e-mail check, leaked, and was found only by a second pass after templating.
    [Theory]
    [InlineData("tg#  1c@69kh.co.uk .22", "1c@69kh.co.uk")]
    [InlineData("!z sxnnBX zuqrfte@smiv.com .3-;#Bgfmqiqy7ws", "zuqrfte@smiv.com")]
    public void Failing_inputs_of_earlier_runs_neither_leak_nor_change_on_a_second_pass(string text, string secret)
    {
        var once = Some.Kept(Filter, Event(text));
        var twice = Some.Kept(Filter, once);

        Some.AssertNoLeak(once, secret);
        Assert.Equal(Some.Json(once), Some.Json(twice));
    }

    // Found by the fuzzer (fuzz/regressions/privacy): "$" matched before a final newline, so "Z\n" passed as a plain
    // identifier, was normalised to "Z " on the first pass and turned into a digest on the second.
    [Theory]
    [InlineData("Z\n")]
    [InlineData("2:T5\n")]
    [InlineData(".............T\n")]
    [InlineData("u_0123456789abcdef\n")]
    public void Identifiers_ending_in_a_newline_settle_in_one_pass(string text)
    {
        var e = Event(text) with { Session = text, CaseId = text, User = text };
        var once = Some.Kept(Filter, e);
        var twice = Some.Kept(Filter, once);

        Assert.Equal(Some.Json(once), Some.Json(twice));
        Assert.DoesNotContain("\\n", Some.Json(once), StringComparison.Ordinal); // JSON's escape of a newline
    }

    // Unbroken or 4-4-4-4 numbers: any 13–19 digit stretch of whole groups is the whole number, so a
    // failing Luhn check means no card. (Longer group sequences may hold a valid card in part, and do.)
    [Property(MaxTest = 300)]
    public Property Luhn_failing_numbers_are_not_cards() =>
        Prop.ForAll(Card.Select(c => BreakLuhn(Checksums.DigitsOnly(c))).ToArbitrary(), number =>
        {
            var card = PiiDetectors.Default.Single(d => d.Name == "card");
            return !card.Find(number).Any()
                && (number.Length != 16 || !card.Find(Format(number, " ", 4)).Any());
        });

    private static Gen<(string Text, string Secret)> Embedded(Gen<string> secret) =>
        from prefix in Noise
        from s in secret
        from suffix in Noise
        select ($"{prefix} {s} {suffix}", s);

    private static UiEvent Event(string text) => Some.Event(EventKinds.Copy) with
    {
        Window = text,
        TargetName = text,
        Value = text,
        Attrs = new Dictionary<string, string> { ["cell"] = text },
    };

    private static bool NoLeak(string text, string secret)
    {
        var kept = Some.Kept(Filter, Event(text));
        Some.AssertNoLeak(kept, secret);
        return true;
    }

    private static string WithLuhnDigit(int[] body)
    {
        for (var check = 0; check <= 9; check++)
        {
            var digits = string.Concat(body) + check;
            if (Checksums.Luhn(digits))
                return digits;
        }
        throw new InvalidOperationException("No Luhn digit.");
    }

    private static string BreakLuhn(string card)
    {
        var last = card[^1] - '0';
        return card[..^1] + (char)('0' + ((last + 1) % 10));
    }

    private static string Format(string digits, string separator, int groupSize) =>
        string.Join(separator, digits.Chunk(groupSize).Select(c => new string(c)));
}
