using Microsoft.AspNetCore.Identity;

namespace Deskmine.Server.Access;

public sealed partial class AccessStore
{
    private static readonly PasswordHasher<Account> Hasher = new();

    // Verified against when the name is unknown, so that an unknown name costs as much time as a wrong password.
    private static readonly string DecoyHash = Hasher.HashPassword(new Account("", Role.Viewer, null), Guid.NewGuid().ToString());

    /// <summary>Shortest password accepted.</summary>
    public const int MinPasswordLength = 10;

    /// <summary>Adds an account.</summary>
    /// <exception cref="ArgumentException">The name is empty or taken, or the password is shorter than <see cref="MinPasswordLength"/>.</exception>
    public Account AddUser(string name, Role role, string password, string? person = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(password);
        if (!IsValidName(name))
            throw new ArgumentException($"account name '{name}' is not valid: use 1-64 letters, digits, '.', '_' or '-'.", nameof(name));
        if (password.Length < MinPasswordLength)
            throw new ArgumentException($"the password must have at least {MinPasswordLength} characters.", nameof(password));
        var account = new Account(name, role, string.IsNullOrWhiteSpace(person) ? null : person.Trim());
        using var connection = Connect();
        if (Scalar<long>(connection, "SELECT count(*) FROM users WHERE name = $n", ("$n", name)) > 0)
            throw new ArgumentException($"an account named '{name}' exists already.", nameof(name));
        Execute(connection, "INSERT INTO users VALUES ($n, $r, $h, $p, $c)",
            ("$n", name), ("$r", (int)role), ("$h", Hasher.HashPassword(account, password)), ("$p", account.Person), ("$c", Now()));
        return account;
    }

    /// <summary>Removes an account and its login sessions; returns whether it existed.</summary>
    public bool RemoveUser(string name)
    {
        using var connection = Connect();
        return Execute(connection, "DELETE FROM users WHERE name = $n", ("$n", name)) > 0;
    }

    /// <summary>Every account, by name.</summary>
    public IReadOnlyList<Account> Users()
    {
        using var connection = Connect();
        using var cmd = Command(connection, "SELECT name, role, person FROM users ORDER BY name");
        using var r = cmd.ExecuteReader();
        var list = new List<Account>();
        while (r.Read())
            list.Add(new Account(r.GetString(0), (Role)r.GetInt32(1), r.IsDBNull(2) ? null : r.GetString(2)));
        return list;
    }

    /// <summary>The account when <paramref name="password"/> is its password; <c>null</c> for a wrong password or an unknown name alike.</summary>
    public Account? Verify(string name, string password)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(password);
        using var connection = Connect();
        using var cmd = Command(connection, "SELECT role, hash, person FROM users WHERE name = $n", ("$n", name));
        using var r = cmd.ExecuteReader();
        if (!r.Read())
        {
            Hasher.VerifyHashedPassword(new Account(name, Role.Viewer, null), DecoyHash, password);
            return null;
        }
        var account = new Account(name, (Role)r.GetInt32(0), r.IsDBNull(2) ? null : r.GetString(2));
        var result = Hasher.VerifyHashedPassword(account, r.GetString(1), password);
        if (result == PasswordVerificationResult.Failed)
            return null;
        if (result == PasswordVerificationResult.SuccessRehashNeeded)
            Execute(connection, "UPDATE users SET hash = $h WHERE name = $n", ("$h", Hasher.HashPassword(account, password)), ("$n", name));
        return account;
    }

    /// <summary>Starts a login session; returns its bearer token (shown once) and when it expires.</summary>
    public (string Token, DateTimeOffset Expires) StartLogin(Account account, TimeSpan lifetime)
    {
        ArgumentNullException.ThrowIfNull(account);
        var token = SecretTokens.New("dms_");
        var expires = _time.GetUtcNow() + lifetime;
        using var connection = Connect();
        Execute(connection, "DELETE FROM logins WHERE expires <= $now", ("$now", Now()));
        Execute(connection, "INSERT INTO logins VALUES ($d, $u, $e)",
            ("$d", SecretTokens.Digest(token)), ("$u", account.Name), ("$e", expires.ToUnixTimeMilliseconds()));
        return (token, expires);
    }

    /// <summary>The account of a live login session, or <c>null</c>.</summary>
    public Account? FindLogin(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        using var connection = Connect();
        using var cmd = Command(connection, """
            SELECT u.name, u.role, u.person FROM logins l JOIN users u ON u.name = l.user
            WHERE l.digest = $d AND l.expires > $now
            """, ("$d", SecretTokens.Digest(token)), ("$now", Now()));
        using var r = cmd.ExecuteReader();
        return r.Read() ? new Account(r.GetString(0), (Role)r.GetInt32(1), r.IsDBNull(2) ? null : r.GetString(2)) : null;
    }

    /// <summary>Ends a login session.</summary>
    public void EndLogin(string token)
    {
        using var connection = Connect();
        Execute(connection, "DELETE FROM logins WHERE digest = $d", ("$d", SecretTokens.Digest(token)));
    }

    private static bool IsValidName(string name) =>
        name.Length is >= 1 and <= 64 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-');
}
