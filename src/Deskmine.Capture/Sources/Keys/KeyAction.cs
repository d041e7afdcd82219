namespace Deskmine.Capture.Sources.Keys;

/// <summary>A keyboard action made from key presses: a typing burst in one field, a shortcut or a special key.</summary>
/// <param name="Kind"><c>text_input</c>, <c>key_shortcut</c> or <c>key_special</c>.</param>
/// <param name="Ts">Time of the first key, microseconds since the Unix epoch.</param>
/// <param name="Duration">From the first to the last key of a burst (microseconds), else null.</param>
/// <param name="Text">For bursts: the text as typed with corrections applied (the privacy filter keeps only its
/// keyed hash unless the policy opts the field in); for shortcuts and special keys: the key name.</param>
/// <param name="Chars">Characters typed in the burst.</param>
/// <param name="Corrections">Backspaces in the burst.</param>
/// <param name="Field">The field (focused window) the keys went to.</param>
internal sealed record KeyAction(string Kind, long Ts, long? Duration, string Text, int Chars, int Corrections, nuint Field);
