namespace Deskmine.Privacy.Policies;

/// <summary>
/// Opts one application and field into keeping text (which is still redacted by rules and detectors).
/// Both are glob patterns (<c>*</c>, <c>?</c>, case-insensitive); <see cref="Field"/> is matched against the
/// target's accessible name and its automation id, and <c>*</c> also matches events without a target.
/// </summary>
/// <param name="App">Glob on the application name.</param>
/// <param name="Field">Glob on the field's accessible name or automation id.</param>
public sealed record TextOptIn(string App = "*", string Field = "*");
