using System.Globalization;
using System.Threading.RateLimiting;
using Deskmine.Server.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;

namespace Deskmine.Server.Auth;

/// <summary>
/// Rate limits: each token (login, device) gets a token bucket of <see cref="ServerOptions.RequestsPerSecond"/>
/// with bursts up to <see cref="ServerOptions.RequestBurst"/>; requests without a token share one bucket per
/// address; logins and enrolments are limited per address to slow down password guessing. Refusals are 429 problem
/// details with <c>Retry-After</c>.
/// </summary>
internal static class RateLimits
{
    public const string Login = "login";

    public static void Configure(RateLimiterOptions limiter, ServerOptions options)
    {
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.OnRejected = async (context, cancellationToken) =>
        {
            if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry))
                context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retry.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            await ApiProblems.Write(context.HttpContext, 429, "rate-limited", "Too many requests",
                "This token (or address) sent more requests than the server's limit; wait and retry (see Retry-After).").ConfigureAwait(false);
        };
        if (options.RequestsPerSecond > 0)
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
            {
                var key = http.User.FindFirst(DeskmineClaims.Partition)?.Value
                    ?? "addr:" + http.Connection.RemoteIpAddress;
                return RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = options.RequestBurst,
                    TokensPerPeriod = options.RequestsPerSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
        }
        limiter.AddPolicy(Login, http => RateLimitPartition.GetFixedWindowLimiter("addr:" + http.Connection.RemoteIpAddress, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.LoginsPerMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }
}
