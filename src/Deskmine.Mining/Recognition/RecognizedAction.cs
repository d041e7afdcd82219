namespace Deskmine.Mining.Recognition;

/// <summary>One abstracted action of a person's stream: one or more consecutive raw events under a stable label.</summary>
/// <param name="Label">Interned label id (index into the stream's label table).</param>
/// <param name="First">Input index of the first event it stands for; its events follow one another, the representative one last.</param>
/// <param name="EventCount">Number of events it stands for.</param>
/// <param name="Start">Timestamp of its first event (µs); <c>null</c> when that event has none.</param>
/// <param name="Ts">Timestamp of the representative event (µs); 0 when the source has none.</param>
/// <param name="App">Application of the action.</param>
/// <param name="Keys">Values of the variable template parts (ids, numbers, names): business-object candidates.</param>
/// <param name="Feature">Coarse description for task-type discovery: kind, application, screen and element with every variable part dropped.</param>
/// <param name="KeyContexts">Where each of <paramref name="Keys"/> was seen (application and field), aligned with it.</param>
internal sealed record RecognizedAction(
    int Label, int First, int EventCount, long? Start, long Ts, string App, IReadOnlyList<string> Keys,
    string Feature = "", IReadOnlyList<string>? KeyContexts = null);
