using System.Security.Cryptography;

namespace Deskmine.Capture.Agent;

/// <summary>
/// Per-install secrets kept in the spool directory (mode 600): the organisation key used when the policy names
/// none (so <c>{}</c> works on a single computer; fingerprints then match only on this computer), and the token
/// the browser extension must present.
/// </summary>
public static class AgentKeys
{
    /// <summary>The key in <c>agent.key</c>, created (32 random bytes, hex) on first use.</summary>
    public static string OrgKey(string directory) => ReadOrCreate(Path.Combine(directory, "agent.key"), 32);

    /// <summary>The browser bridge token in <c>bridge.token</c>, created on first use.</summary>
    public static string BridgeToken(string directory) => ReadOrCreate(Path.Combine(directory, "bridge.token"), 24);

    private static string ReadOrCreate(string path, int bytes)
    {
        if (File.Exists(path))
            return File.ReadAllText(path).Trim();
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var text = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(bytes));
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        try
        {
            using var writer = new StreamWriter(path, options);
            writer.Write(text);
            return text;
        }
        catch (IOException) when (File.Exists(path))
        {
            return File.ReadAllText(path).Trim();
        }
    }
}
