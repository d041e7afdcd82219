using Microsoft.AspNetCore.Authorization;

namespace Deskmine.Server.Auth;

/// <summary>
/// The authorisation policies, one per endpoint group: a group states who may call it, its handlers never check.
/// Roles include those below them, so each policy lists the roles that reach it.
/// </summary>
internal static class Policies
{
    public const string Viewer = "viewer";
    public const string Analyst = "analyst";
    public const string Admin = "admin";
    public const string Device = "device";
    public const string UploadStatus = "upload-status";

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Viewer, p => p.RequireAuthenticatedUser().RequireRole("viewer", "analyst", "admin"));
        options.AddPolicy(Analyst, p => p.RequireAuthenticatedUser().RequireRole("analyst", "admin"));
        options.AddPolicy(Admin, p => p.RequireAuthenticatedUser().RequireRole("admin"));
        options.AddPolicy(Device, p => p.RequireAuthenticatedUser().RequireRole(DeskmineClaims.DeviceRole));
        // Upload status: a device sees its own sessions, an admin every session.
        options.AddPolicy(UploadStatus, p => p.RequireAuthenticatedUser().RequireRole(DeskmineClaims.DeviceRole, "admin"));
        // Anything not in a group (a route added without a policy) is closed, not open.
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
    }
}
