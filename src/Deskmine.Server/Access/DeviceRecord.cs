namespace Deskmine.Server.Access;

/// <summary>An agent that may upload: enrolled with a device token, or listed in the server's token file.</summary>
/// <param name="Id">Stable id (<c>d_…</c> for enrolled devices, <c>file_…</c> for a token from the file).</param>
/// <param name="Name">The name given at enrolment (for the operator; events carry their own pseudonyms).</param>
public sealed record DeviceRecord(string Id, string Name);
