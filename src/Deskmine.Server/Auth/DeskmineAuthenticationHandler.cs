using System.Security.Claims;
using System.Text.Encodings.Web;
using Deskmine.Server.Access;
using Deskmine.Server.Api;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Deskmine.Server.Auth;

/// <summary>
/// One scheme for every caller: <c>Authorization: Bearer</c> with a login token (scripts), a device token (agents)
/// or the <c>deskmine_session</c> cookie (the dashboard). Unknown or expired credentials are treated as none, so the
/// answer is the same 401 whatever was wrong. A cookie alone does not authorise an unsafe method: the request must
/// also carry <c>X-Deskmine-Csrf</c>, which a cross-site form cannot send.
/// </summary>
internal sealed class DeskmineAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    AccessStore access,
    DeviceTokens fileTokens) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        string? token = null;
        var fromCookie = false;
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            token = header[7..].Trim();
        else if (Request.Cookies.TryGetValue(DeskmineClaims.Cookie, out var cookie) && cookie.Length > 0)
        {
            token = cookie;
            fromCookie = true;
        }
        if (string.IsNullOrEmpty(token) || token.Length > 512)
            return Task.FromResult(AuthenticateResult.NoResult());
        if (fromCookie && !HttpMethods.IsGet(Request.Method) && !HttpMethods.IsHead(Request.Method)
            && !Request.Headers.ContainsKey(DeskmineClaims.CsrfHeader))
            return Task.FromResult(AuthenticateResult.Fail("cookie without the CSRF header on an unsafe method"));

        var identity = new ClaimsIdentity(DeskmineClaims.Scheme, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(DeskmineClaims.Partition, SecretTokens.Digest(token)[..16]));
        if (access.FindLogin(token) is { } account)
        {
            identity.AddClaim(new Claim(ClaimTypes.Name, account.Name));
            identity.AddClaim(new Claim(ClaimTypes.Role, Roles.Name(account.Role)));
            if (account.Person is { } person)
                identity.AddClaim(new Claim(DeskmineClaims.Person, person));
        }
        else if (!fromCookie && (fileTokens.Match(token) ?? access.FindDevice(token)?.Id) is { } device)
        {
            identity.AddClaim(new Claim(ClaimTypes.Name, device));
            identity.AddClaim(new Claim(ClaimTypes.Role, DeskmineClaims.DeviceRole));
            identity.AddClaim(new Claim(DeskmineClaims.Device, device));
        }
        else
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }
        var ticket = new AuthenticationTicket(new ClaimsPrincipal(identity), DeskmineClaims.Scheme);
        return Task.FromResult(AuthenticateResult.Success(ticket));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        ApiProblems.Write(Context, 401, "unauthorized", "Missing or unknown credentials",
            "Send 'Authorization: Bearer <token>' (a login token from POST /api/v1/login, or a device token for uploads), or log in from the dashboard.");

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ApiProblems.Write(Context, 403, "forbidden", "Not allowed for this role",
            $"{Request.Method} {Request.Path} needs another role than the one these credentials have (viewer < analyst < admin; device tokens only upload and read their own status).");
}
