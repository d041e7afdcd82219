using System.Security.Cryptography;
using System.Text;
using Deskmine.Privacy.Pseudonyms;

namespace Deskmine.Privacy.Tests.Pseudonyms;

public class PseudonymiserTests
{
    [Fact]
    public void User_pseudonym_is_the_truncated_keyed_hash_of_the_normalised_name()
    {
        var key = Convert.FromHexString(Some.OrgKey);
        var expected = "u_" + Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes("user:alice")))[..16];

        Assert.Equal(expected, new Pseudonymiser(key).User(" Alice"));
    }

    [Fact]
    public void Different_keys_and_kinds_give_different_pseudonyms()
    {
        var a = Pseudonymiser.FromText(Some.OrgKey);
        var b = Pseudonymiser.FromText(Convert.ToBase64String(new byte[32]));

        Assert.NotEqual(a.User("alice"), b.User("alice"));
        Assert.NotEqual(a.User("alice")[2..], a.Machine("alice")[2..]);
    }

    [Theory]
    [InlineData("00ff")]
    [InlineData("not a key!")]
    [InlineData("")]
    public void Short_or_malformed_keys_are_rejected(string text) =>
        Assert.Throws<FormatException>(() => Pseudonymiser.ParseKey(text));

    [Fact]
    public void Base64_keys_are_accepted()
    {
        var bytes = Enumerable.Range(0, 24).Select(i => (byte)(i * 7)).ToArray();

        Assert.Equal(bytes, Pseudonymiser.ParseKey(Convert.ToBase64String(bytes)));
    }
}
