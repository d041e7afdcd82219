using System.Security.Cryptography;
using System.Text;
using Deskmine.Simulation.Recording;

namespace Deskmine.Simulation.Tests.Recording;

public class ValueHasherTests
{
    [Fact]
    public void Hash_is_hmac_sha256_hex_equal_for_equal_content_only()
    {
        var hasher = new ValueHasher();

        var a = hasher.Hash("104711");
        var again = hasher.Hash("104711");
        var other = hasher.Hash("104712");

        Assert.Equal(a, again);
        Assert.NotEqual(a, other);
        Assert.Matches("^[0-9a-f]{64}$", a);
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes("deskmine-simulation-key-v1"), Encoding.UTF8.GetBytes("104711")));
        Assert.Equal(expected, a);
    }
}
