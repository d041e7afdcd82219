using Deskmine.Capture.Walkthrough;
using Deskmine.Privacy;
using Deskmine.Privacy.Policies;

namespace Deskmine.Capture.Tests.Walkthrough;

/// <summary>Redaction of rendered screenshots with the real OCR program: planted secrets go, ordinary text stays,
/// and a failing OCR or filter drops the picture.</summary>
[Collection(OcrCollection.Name)]
public sealed class ShotRedactorTests
{
    private static readonly PrivacyFilter Filter = new(CapturePolicy.Default with { OrgKey = new string('b', 64) });

    private static readonly string[] Screen =
    [
        "Customer: jane.doe@example.com",
        "Card number 4111 1111 1111 1111",
        "IBAN DE89 3704 0044 0532 0130 00",
        "Invoice total due this month",
    ];

    [SkippableFact]
    public void Planted_secrets_are_filled_and_ordinary_text_stays_readable()
    {
        Skip.If(TextImages.SkipReason is not null, TextImages.SkipReason);
        var redactor = new ShotRedactor(Filter, TesseractOcr.Default, new ShotRedactionOptions());
        var before = TextImages.Squeeze(TextImages.ReadPng(redactor.Redact(TextImages.Render(["Customer", "Invoice total"])).Png!));
        Assert.Contains("invoicetotal", before, StringComparison.Ordinal);

        var outcome = redactor.Redact(TextImages.Render(Screen));

        Assert.Null(outcome.Dropped);
        Assert.True(outcome.Boxes >= 3, $"boxes: {outcome.Boxes}");
        var read = TextImages.Squeeze(TextImages.ReadPng(outcome.Png!));
        Assert.DoesNotContain("janedoe", read, StringComparison.Ordinal);
        Assert.DoesNotContain("examplecom", read, StringComparison.Ordinal);
        Assert.DoesNotContain("4111", read, StringComparison.Ordinal);
        Assert.DoesNotContain("370400", read, StringComparison.Ordinal);
        Assert.Contains("invoicetotaldue", read, StringComparison.Ordinal);
        Assert.Contains("customer", read, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Opaque_boxes_are_filled_whatever_ocr_reads()
    {
        Skip.If(TextImages.SkipReason is not null, TextImages.SkipReason);
        var redactor = new ShotRedactor(Filter, TesseractOcr.Default, new ShotRedactionOptions());
        var shot = TextImages.Render(["Password field", "Harmless footer"], opaque: [new PixelBox(0, 0, 400, 30)]);

        var read = TextImages.Squeeze(TextImages.ReadPng(redactor.Redact(shot).Png!));

        Assert.DoesNotContain("password", read, StringComparison.Ordinal);
        Assert.Contains("harmlessfooter", read, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("false")]
    [InlineData("/nonexistent/tesseract")]
    public void A_failing_ocr_drops_the_screenshot(string program)
    {
        var redactor = new ShotRedactor(Filter, new TesseractOcr(program, TimeSpan.FromSeconds(5)), new ShotRedactionOptions());
        var shot = new RawShot(new byte[16 * 8 * 4], 16, 8, new PixelBox(5, 6, 16, 8), []);

        var outcome = redactor.Redact(shot);

        Assert.Null(outcome.Png);
        Assert.Equal(ShotOutcome.OcrFailed, outcome.Dropped);
        Assert.Equal(new PixelBox(5, 6, 16, 8), outcome.Origin);
    }

    [SkippableFact]
    public void A_policy_that_does_not_compile_drops_the_screenshot()
    {
        Skip.If(TextImages.SkipReason is not null, TextImages.SkipReason);
        var broken = new PrivacyFilter(CapturePolicy.Default with { OrgKey = new string('b', 64), Rules = [new CustomRule("([", "x")] });
        var redactor = new ShotRedactor(broken, TesseractOcr.Default, new ShotRedactionOptions());

        var outcome = redactor.Redact(TextImages.Render(["Some text"]));

        Assert.Null(outcome.Png);
        Assert.Equal(ShotOutcome.FilterFailed, outcome.Dropped);
    }

    [Fact]
    public void Tesseract_output_without_a_header_is_an_error()
    {
        Assert.Throws<OcrException>(() => TesseractOcr.Parse("5\t1\t1\t1\t1\t1\t0\t0\t10\t10\t90\tword\n"));
        var words = TesseractOcr.Parse("level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
            + "4\t1\t1\t1\t1\t0\t0\t0\t80\t10\t-1\t\n5\t1\t1\t1\t1\t1\t2\t3\t40\t10\t91.5\tHello\n5\t1\t1\t1\t1\t2\t45\t3\t30\t10\t90\tthere\n");
        Assert.Equal(["Hello", "there"], words.Select(w => w.Text));
        Assert.Equal(new PixelBox(2, 3, 40, 10), words[0].Box);
        Assert.Equal(words[0].Line, words[1].Line);
    }

    [Fact]
    public void Words_on_one_row_are_read_together_so_a_split_card_number_is_found()
    {
        var redactor = new ShotRedactor(Filter, TesseractOcr.Default, new ShotRedactionOptions { Conservative = false });
        OcrWord Word(string text, int x, int line) => new(text, new PixelBox(x, 10, 30, 12), line, 90);
        // OCR returned the four groups as four lines; the row puts them back together for the card detector.
        var boxes = redactor.SensitiveBoxes([Word("Card", 0, 0), Word("4111", 40, 1), Word("1111", 75, 2), Word("1111", 110, 3), Word("1111", 145, 4)]);
        Assert.Equal(4, boxes.Count);
        Assert.DoesNotContain(boxes, b => b.X < 30);
    }
}
