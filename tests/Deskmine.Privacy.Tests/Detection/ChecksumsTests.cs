using Deskmine.Privacy.Detection;

namespace Deskmine.Privacy.Tests.Detection;

public class ChecksumsTests
{
    [Theory]
    [InlineData("4111111111111111", true)]
    [InlineData("79927398713", true)]
    [InlineData("79927398710", false)]
    [InlineData("4111111111111121", false)]
    public void Luhn_accepts_only_valid_numbers(string digits, bool valid) => Assert.Equal(valid, Checksums.Luhn(digits));

    [Theory]
    [InlineData("DE89370400440532013000", true)]
    [InlineData("NL91ABNA0417164300", true)]
    [InlineData("DE89370400440532013001", false)]
    [InlineData("XX89370400440532013000", false)]
    [InlineData("DE89", false)]
    public void Iban_checks_mod_97(string iban, bool valid) => Assert.Equal(valid, Checksums.Iban(iban));

    [Theory]
    [InlineData("86095742719", true)]
    [InlineData("86095742718", false)]
    [InlineData("12345678901", false)] // every digit once: not a valid tax id layout
    public void German_tax_id_checks_digit_rules(string digits, bool valid) => Assert.Equal(valid, Checksums.GermanTaxId(digits));
}
