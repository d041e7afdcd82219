using Deskmine.Core.Errors;
using Deskmine.Server.Auth;

namespace Deskmine.Server.Tests.Auth;

public sealed class DeviceTokensTests
{
    [Theory]
    [InlineData("Bearer alpha", true)]
    [InlineData("bearer beta", true)]
    [InlineData("Bearer alph", false)]
    [InlineData("Basic alpha", false)]
    [InlineData("alpha", false)]
    [InlineData(null, false)]
    public void Only_a_listed_bearer_token_is_accepted(string? header, bool accepted) =>
        Assert.Equal(accepted, new DeviceTokens(["alpha", "beta"]).IsAuthorized(header));

    [Fact]
    public void A_token_file_holds_one_token_per_line_with_comments()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "# devices\nalpha\n\n  beta  \n");
            Assert.Equal(["alpha", "beta"], DeviceTokens.ReadFile(path));
            File.WriteAllText(path, "alpha\nbad token\n");
            var e = Assert.Throws<InputException>(() => DeviceTokens.ReadFile(path));
            Assert.Equal(2, e.Line);
            File.WriteAllText(path, "# none\n");
            Assert.Throws<InputException>(() => DeviceTokens.ReadFile(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task The_server_refuses_to_start_without_a_token()
    {
        var options = new ServerOptions { Workspace = Path.GetTempPath(), Tokens = [] };
        await Assert.ThrowsAsync<ArgumentException>(() => IngestServer.StartAsync(options));
    }
}
