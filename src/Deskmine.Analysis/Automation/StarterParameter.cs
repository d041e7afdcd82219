namespace Deskmine.Analysis.Automation;

/// <summary>One value a run of the starter needs: a key of every record in <c>data.json</c>.</summary>
/// <param name="Name">Key in <c>data.json</c> and property of the script's <c>RunData</c> type.</param>
/// <param name="Field">The field it fills, as recorded (label, name or id), or the address placeholder it replaces.</param>
/// <param name="Selector">The Playwright locator the script uses for the field, or <c>null</c> for an address part.</param>
/// <param name="Sources">Where the value came from in the recording, per the transfer report (<c>Excel 'A&lt;n&gt;'</c>); empty when unknown.</param>
/// <param name="Placeholder">The placeholder <c>data.json</c> holds when no kept value is used (<c>&lt;Reference&gt;</c>).</param>
public sealed record StarterParameter(string Name, string Field, string? Selector, IReadOnlyList<string> Sources, string Placeholder);
