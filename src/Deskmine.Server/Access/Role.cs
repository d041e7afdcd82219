namespace Deskmine.Server.Access;

/// <summary>What an account may do; each role includes the ones below it (admin &gt; analyst &gt; viewer).</summary>
public enum Role
{
    /// <summary>Reads group-level answers: maps, variants, task types, candidates, team comparison, guides.</summary>
    Viewer = 1,

    /// <summary>A viewer who may also change the analysis: rename, merge and split task types, start mining runs.</summary>
    Analyst = 2,

    /// <summary>An analyst who may also see person-level rows, read the audit log, apply retention and erase a person.</summary>
    Admin = 3,
}

/// <summary>Reading and writing <see cref="Role"/> as the lower-case words of the API and the CLI.</summary>
public static class Roles
{
    /// <summary>The role names, lowest first.</summary>
    public static IReadOnlyList<string> Names { get; } = ["viewer", "analyst", "admin"];

    /// <summary>The API's word for <paramref name="role"/>.</summary>
    public static string Name(Role role) => role switch
    {
        Role.Viewer => "viewer",
        Role.Analyst => "analyst",
        Role.Admin => "admin",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "unknown role"),
    };

    /// <summary>Parses <c>viewer</c>, <c>analyst</c> or <c>admin</c>.</summary>
    public static bool TryParse(string? text, out Role role)
    {
        role = text switch
        {
            "viewer" => Role.Viewer,
            "analyst" => Role.Analyst,
            "admin" => Role.Admin,
            _ => 0,
        };
        return role != 0;
    }
}
