namespace Deskmine.Privacy.Policies;

/// <summary>
/// An organisation's own redaction: every match of <see cref="Pattern"/> (a .NET regular expression) in the
/// window title, URL, value, target name and attribute values is replaced by <see cref="Replacement"/> (which may use
/// <c>$1</c> group references). Rules run before the built-in detectors. A rule whose pattern does not
/// compile makes the policy fail to load, and a filter built from it drops every event.
/// </summary>
/// <param name="Pattern">Regular expression.</param>
/// <param name="Replacement">Replacement text, e.g. <c>&lt;customer&gt;</c>.</param>
public sealed record CustomRule(string Pattern, string Replacement);
