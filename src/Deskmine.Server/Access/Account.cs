namespace Deskmine.Server.Access;

/// <summary>A person who logs in to the server.</summary>
/// <param name="Name">Login name (unique).</param>
/// <param name="Role">What the account may do.</param>
/// <param name="Person">The pseudonym of the recorded employee this account belongs to, or <c>null</c>; it decides
/// what <c>GET /api/v1/me/data</c> shows.</param>
public sealed record Account(string Name, Role Role, string? Person);
