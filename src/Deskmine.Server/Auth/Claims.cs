namespace Deskmine.Server.Auth;

/// <summary>The claim types and values of a Deskmine principal.</summary>
internal static class DeskmineClaims
{
    /// <summary>The authentication scheme (one handler for bearer tokens and the dashboard's cookie).</summary>
    public const string Scheme = "Deskmine";

    /// <summary>Role claim value of an agent's device token (not an account role).</summary>
    public const string DeviceRole = "device";

    /// <summary>The pseudonym an account is linked to.</summary>
    public const string Person = "deskmine:person";

    /// <summary>The device id of a device token.</summary>
    public const string Device = "deskmine:device";

    /// <summary>The key the rate limiter partitions by: a digest of the presented token.</summary>
    public const string Partition = "deskmine:partition";

    /// <summary>The login cookie of the dashboard.</summary>
    public const string Cookie = "deskmine_session";

    /// <summary>Header that cookie-authenticated unsafe requests must carry (a cross-site form cannot set it).</summary>
    public const string CsrfHeader = "X-Deskmine-Csrf";
}
