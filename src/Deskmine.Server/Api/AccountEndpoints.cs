using System.Security.Claims;
using Deskmine.Server.Access;
using Deskmine.Server.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Deskmine.Server.Api;

/// <summary>Health, login and logout, the caller's own account, and the exchange of an enrolment token for a device token.</summary>
internal static class AccountEndpoints
{
    public sealed record LoginRequest(string? Name, string? Password);

    public sealed record LoginAnswer(string Token, string Name, string Role, DateTimeOffset Expires);

    public sealed record MeAnswer(string Name, string Role, string? Person);

    public sealed record EnrolRequest(string? Enrolment, string? Device);

    public sealed record EnrolAnswer(string Token, string Device);

    public sealed record HealthAnswer(string Status);

    /// <summary>Endpoints open to everyone (each checks what it is given).</summary>
    public static void MapOpen(RouteGroupBuilder open, ServerOptions options)
    {
        open.MapGet("/health", () => TypedResults.Ok(new HealthAnswer("ok")));

        open.MapPost("/login", Results<Ok<LoginAnswer>, ProblemHttpResult> (LoginRequest? body, AccessStore access, HttpContext http) =>
        {
            if (body?.Name is not { Length: > 0 and <= 64 } name || body.Password is not { Length: > 0 and <= 1024 } password)
                return (ProblemHttpResult)ApiProblems.BadBody("expected {\"name\": text (1-64 characters), \"password\": text}.");
            if (access.Verify(name, password) is not { } account)
            {
                access.Audit(name.Length <= 64 ? name : "?", "login.failed");
                return (ProblemHttpResult)ApiProblems.Problem(401, "unauthorized", "Wrong name or password", "The name or the password is wrong.");
            }
            var (token, expires) = access.StartLogin(account, options.LoginLifetime);
            access.Audit(account.Name, "login");
            http.Response.Cookies.Append(DeskmineClaims.Cookie, token, new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Strict,
                Secure = http.Request.IsHttps,
                Path = "/",
                Expires = expires,
            });
            return TypedResults.Ok(new LoginAnswer(token, account.Name, Roles.Name(account.Role), expires));
        }).RequireRateLimiting(RateLimits.Login);

        open.MapPost("/agents/enroll", Results<Ok<EnrolAnswer>, ProblemHttpResult> (EnrolRequest? body, AccessStore access) =>
        {
            if (body?.Enrolment is not { Length: > 0 and <= 512 } enrolment || body.Device is not { Length: > 0 and <= 200 } device)
                return (ProblemHttpResult)ApiProblems.BadBody("expected {\"enrolment\": the token of 'deskmine agents enroll', \"device\": a name for this device (1-200 characters)}.");
            if (access.Enrol(enrolment, device) is not { } enrolled)
                return (ProblemHttpResult)ApiProblems.Problem(401, "unauthorized", "Unknown enrolment token", "The enrolment token is unknown, used already or expired; ask for a new one ('deskmine agents enroll').");
            access.Audit("agent", "device.enrolled", enrolled.Device.Id);
            return TypedResults.Ok(new EnrolAnswer(enrolled.Token, enrolled.Device.Id));
        }).RequireRateLimiting(RateLimits.Login);
    }

    /// <summary>Endpoints of any logged-in account.</summary>
    public static void MapAccount(RouteGroupBuilder viewer)
    {
        viewer.MapPost("/logout", (HttpContext http, AccessStore access) =>
        {
            if (BearerOrCookie(http) is { } token)
                access.EndLogin(token);
            http.Response.Cookies.Delete(DeskmineClaims.Cookie);
            return TypedResults.NoContent();
        });

        viewer.MapGet("/me", (ClaimsPrincipal user) =>
            TypedResults.Ok(new MeAnswer(user.Identity!.Name!, user.FindFirstValue(ClaimTypes.Role)!, user.FindFirstValue(DeskmineClaims.Person))));
    }

    private static string? BearerOrCookie(HttpContext http)
    {
        var header = http.Request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return header[7..].Trim();
        return http.Request.Cookies.TryGetValue(DeskmineClaims.Cookie, out var cookie) ? cookie : null;
    }
}
